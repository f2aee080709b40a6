/**
 * Short agency stories the team wrote for the end-to-end suite, in the plain
 * text shape agencies send (dateline lead, sign-off, copyright). Each carries a
 * word no other story has, so a search proves which one was found.
 */
export interface WireCopy {
  name: string;
  /** A body word found only in this story. */
  uniqueWord: string;
  text: string;
}

export const lighthouseStory: WireCopy = {
  name: 'ap-lighthouse-keepers.txt',
  uniqueWord: 'lamplighters',
  text: `WASHINGTON (AP) — The National Park Service said Tuesday it will restore three lighthouses on North Carolina's Outer Banks, where volunteer lamplighters have kept the lenses turning since federal funding lapsed in the spring.

The work, paid for by a coastal resilience grant, begins in January and is expected to take two years, the agency said in a statement.

"These towers have guided ships past the Graveyard of the Atlantic for 150 years," said park superintendent Dana Whitfield. "We intend to keep them standing for 150 more."

Storm surges last autumn cracked the foundation of the Bodie Island light and flooded the keeper's quarters at Ocracoke.

Copyright 2024 The Associated Press. All rights reserved.
`,
};

export const harvestStory: WireCopy = {
  name: 'reuters-coffee-harvest.txt',
  uniqueWord: 'arabica',
  text: `SAO PAULO, Nov 3 (Reuters) - Brazil's arabica coffee harvest will fall 8% short of earlier forecasts after a dry October stunted the cherries in Minas Gerais, the national crop agency Conab said on Friday.

Traders in New York pushed benchmark futures to a two-month high on the news, while roasters in Europe said they had already covered most of their needs for the first quarter.

Conab now expects 38.2 million 60-kg bags of arabica, down from the 41.5 million it projected in May.

(Reporting by Ana Costa; Editing by Mark Potter)
`,
};

export const observatoryStory: WireCopy = {
  name: 'efe-observatory.txt',
  uniqueWord: 'spectrograph',
  text: `Santiago de Chile (EFE).- Astronomers at the Paranal observatory in northern Chile on Thursday unveiled a spectrograph able to measure the atmospheres of planets orbiting nearby stars, the European Southern Observatory said.

The instrument, built over nine years by a consortium of 14 institutes, will start regular observations in March.

"For the first time we can look for water and oxygen on rocky worlds from the ground," said project scientist Marta Irarrázaval. EFE

© 2024 EFE News Services (U.S.) Inc.
`,
};
