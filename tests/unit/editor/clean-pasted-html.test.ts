// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/src/editor/paste/clean-pasted-html.ts';

/** What Word (Microsoft 365, Windows) puts on the clipboard for a bold red title, a paragraph and a bulleted list. */
const wordCopy = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:14.0pt;color:#C00000'>Drought grips the south<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='font-family:"Times New Roman",serif'>Reservoirs stood at <i>a third</i> of
capacity on Monday, the water authority said.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Hosepipe ban from Friday<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Farmers may draw from rivers<o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

/** Word's numbered list: the glyph is "1." and "2.". */
const wordNumbered = `<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First step<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Second step<o:p></o:p></p>`;

/** What Google Docs puts on the clipboard: everything inside a <b style="font-weight:normal">, formatting in span styles. */
const googleDocsCopy = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f2c1a7e-7fff-1b2c-3d4e-5f6a7b8c9d0e"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Harbour reopens</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Ships</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> returned on </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Tuesday</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#ff0000;background-color:#ffff00;font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">.</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Ferries first</span></p></li><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-weight:400;">Then freight</span></p></li></ul></ul><br><h4 dir="ltr"><span style="font-weight:700;">Background</span></h4></b>`;

/** What Chrome puts on the clipboard when an editor copies from a news site: computed styles everywhere, page furniture between. */
const webPageCopy = `<meta charset='utf-8'><h2 class="article__title" style="box-sizing: border-box; margin: 0px; font-family: Georgia, serif; font-size: 32px; color: rgb(17, 17, 17);">Port strike ends</h2><figure class="lead-image" style="margin: 0px;"><img src="https://cdn.example.com/port.jpg" alt="Cranes"><figcaption style="font-size: 13px; color: rgb(102, 102, 102);">Cranes at the <span style="font-weight: bold;">container terminal</span>.</figcaption></figure><div class="share-bar"><button aria-label="Share on X">Share</button></div><p class="article__body" style="font-family: Georgia, serif; font-size: 18px; color: rgb(34, 34, 34);">Dock workers voted to accept the offer, <a href="https://union.example.org/vote" target="_blank" rel="noopener" style="color: rgb(0, 102, 204);">the union said</a>. <a href="javascript:alert(1)">Click here</a> or <a href="/related/123">read more</a>.</p><blockquote class="pull-quote" style="border-left: 4px solid red;"><p>We held the line.</p><p>And we won.</p></blockquote><script>trackCopy()</script><p><font face="Comic Sans MS" color="#ff00ff"><u>Underlined</u> and <s>struck</s> and <code>code</code> and <sup>2</sup></font></p>`;

describe('cleaning pasted HTML', () => {
  it('keeps what Word wrote as paragraphs, bold, italic and a bulleted list, and nothing of its styles or glyphs', () => {
    expect(cleanPastedHtml(wordCopy)).toBe(
      '<p><strong>Drought grips the south</strong></p>' +
        '<p>Reservoirs stood at <em>a third</em> of capacity on Monday, the water authority said.</p>' +
        '<ul><li>Hosepipe ban from Friday</li><li>Farmers may draw from rivers</li></ul>',
    );
  });

  it('reads a Word list numbered "1.", "2." as a numbered list', () => {
    expect(cleanPastedHtml(wordNumbered)).toBe('<ol><li>First step</li><li>Second step</li></ol>');
  });

  it('takes bold and italic from Google Docs span styles, ignores its font-weight:normal wrapper, and demotes its headings', () => {
    expect(cleanPastedHtml(googleDocsCopy)).toBe(
      '<h3>Harbour reopens</h3>' +
        '<p><strong>Ships</strong> returned on <em>Tuesday</em>.</p>' +
        '<ul><li>Ferries first<ul><li>Then freight</li></ul></li></ul>' +
        '<h3><strong>Background</strong></h3>',
    );
  });

  it('drops images, buttons and scripts from a web page, keeps web links and the words of any other link', () => {
    expect(cleanPastedHtml(webPageCopy)).toBe(
      '<h3>Port strike ends</h3>' +
        '<p>Cranes at the <strong>container terminal</strong>.</p>' +
        '<p>Dock workers voted to accept the offer, <a href="https://union.example.org/vote">the union said</a>. Click here or read more.</p>' +
        '<blockquote>We held the line.</blockquote><blockquote>And we won.</blockquote>' +
        '<p>Underlined and struck and code and 2</p>',
    );
  });

  it('leaves no style, class, colour or font attribute anywhere', () => {
    const cleaned = [wordCopy, googleDocsCopy, webPageCopy].map(cleanPastedHtml).join('');
    expect(cleaned).not.toMatch(/\s(?:style|class|color|face|id|dir|target|rel)=/i);
    expect(cleaned).not.toMatch(/<(?:span|font|div|b|i|u|s|img|script|button|figure|h1|h2|h4)\b/i);
  });

  it('makes paragraphs of text separated by two line breaks, and keeps a single break inside one', () => {
    expect(cleanPastedHtml('<div>First line<br>same paragraph<br><br>Second paragraph<br></div>')).toBe(
      '<p>First line<br>same paragraph</p><p>Second paragraph</p>',
    );
  });

  it('keeps the line ends of preformatted copy as breaks', () => {
    expect(cleanPastedHtml('<pre>TABLE  1\nROW    2</pre>')).toBe('<p>TABLE  1<br>ROW    2</p>');
  });

  it('collapses the whitespace of the markup, as a browser shows it', () => {
    expect(cleanPastedHtml('<p>\n   Words   spread\n over <b> lines </b> here  </p>')).toBe('<p>Words spread over <strong>lines </strong>here</p>');
  });

  it('leaves words that merely look like a style attribute alone', () => {
    expect(cleanPastedHtml('<p>Set style="bold" in the CMS</p>')).toBe('<p>Set style=&quot;bold&quot; in the CMS</p>');
  });

  it('escapes text that looks like markup', () => {
    expect(cleanPastedHtml('<p>1 &lt; 2 &amp; "quotes" &lt;script&gt;</p>')).toBe('<p>1 &lt; 2 &amp; &quot;quotes&quot; &lt;script&gt;</p>');
  });

  it('makes each table cell a paragraph', () => {
    expect(cleanPastedHtml('<table><tr><td>Team</td><td>Points</td></tr><tr><td>Rovers</td><td>12</td></tr></table>')).toBe(
      '<p>Team</p><p>Points</p><p>Rovers</p><p>12</p>',
    );
  });
});
