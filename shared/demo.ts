/**
 * The demo article created on first start: a fictional news story, written
 * for factmark, with quoted claims, a denial and attributions of several kinds,
 * so a new user has something real to annotate at once.
 */
export const demoArticle = {
  title: 'Harbour authority denies dredging caused Vesterholm fish die-off',
  format: 'markdown' as const,
  content: `# Harbour authority denies dredging caused Vesterholm fish die-off

*By Mirela Kovačević, environment correspondent · 14 March*

VESTERHOLM — The Vesterholm harbour authority on Thursday rejected claims that its winter dredging programme killed thousands of fish in the Skarpsund estuary, as residents, scientists and city officials gave sharply different accounts of what went wrong in the water last month.

Local anglers first reported dead herring and sea trout along the eastern shore on 2 February. Within a week, volunteers from the Friends of Skarpsund group said they had counted "more than 40,000 dead fish" over a four-kilometre stretch of the estuary.

"This is the worst die-off anyone here can remember, and it began exactly where the dredgers were working," said Søren Fjeldsted, who has chaired the volunteer group since 2011. "The harbour authority stirred up decades of contaminated silt and the fish suffocated."

The harbour authority's chief executive, Annelise Brønnum-Ruiz, dismissed that account at a press conference on Thursday. "Our dredging did not cause this event. We stayed within every limit in our permit, and our own monitoring shows oxygen levels never fell below the legal threshold near the works," she said.

She added that the authority had paused dredging "as a precaution" on 5 February and would publish its monitoring data "in full, within the month".

## What the scientists found

A preliminary report from the Nordic Coastal Research Institute, seen by this newspaper, paints a more complicated picture. Water samples taken on 4 February showed dissolved oxygen at 2.1 milligrams per litre in the inner estuary, less than half the level fish need to thrive, according to the report.

Dr. Łucja Wiśniewska, a marine biologist at the institute who led the sampling, said the low oxygen was "consistent with a sudden release of organic sediment", but cautioned that an unusually warm January may also have played a part. "We cannot yet say that dredging was the cause. We can say it is the most likely trigger we have found so far," she told reporters.

The institute's director, José Ángel Marín, said the final report would be ready in April and that the institute had "received no funding from any party to the dispute".

An official at the regional environment agency, who spoke on condition of anonymity because they were not authorised to discuss an open inquiry, said the agency had asked the harbour authority for its dredging logs twice before receiving them. The harbour authority said it had "shared every document requested, promptly".

## City hall under pressure

The dredging programme, worth 18 million euros, was approved by the city council in 2023 to allow larger cruise ships to dock in Vesterholm's old port. The council's finance committee estimated at the time that the new berths would bring "at least 120,000 additional visitors a year".

Deputy mayor Ngozi Adébáyọ̀-Lindqvist, who championed the project, said on Wednesday that the city "will not hide behind permits". "If the investigation finds that the dredging harmed the estuary, the harbour authority will pay for the restoration — every krone of it," she said.

Opposition councillor Henrik Vasquez-Aalto accused the deputy mayor of having ignored warnings. "The council was told in writing in 2022 that the estuary's sediment held heavy metals from the old shipyard. Those warnings were buried," he said, holding up what he described as a consultant's memo.

The deputy mayor's office denied that any warning had been buried. "Every study was published on the city's website and discussed in committee," a spokeswoman for the office said in a statement. "Councillor Vasquez-Aalto voted for the programme himself."

Records of the 2023 council vote show that Vasquez-Aalto voted in favour of the dredging budget. He said on Thursday that he had done so "on the basis of assurances that turned out to be worthless".

## Fishermen count the cost

For the estuary's small fishing fleet, the dispute matters less than the season ahead. Björn Halvorsen-Nakamura, who has fished out of Vesterholm for 31 years, said his catch in February was "about a tenth" of a normal winter month.

"Nobody from the harbour or the council has come down to the quay to ask us anything," he said. "We read about our own river in the newspaper."

The harbour authority said it had met representatives of the fishermen's cooperative twice since the die-off and was "open to discussing compensation once the facts are established".

The Friends of Skarpsund have started a petition calling for an independent inquiry. By Thursday evening it had gathered 6,300 signatures, according to the group's website — a figure that could not be independently verified.

The environment agency said its inquiry would conclude "before the summer", and declined to comment further.
`,
};
