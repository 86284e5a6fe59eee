import { describe, expect, it } from 'vitest';
import { compareVersions, sameTitle } from '../../../../shared/index.js';

const compare = (a: string, b: string) =>
  compareVersions({ id: 'a', title: 'a', text: a, annotations: [] }, { id: 'b', title: 'b', text: b, annotations: [] });

describe('titles that say the same thing', () => {
  it.each([
    ["Korda's chief executive", 'chief executive', true],
    ["the railway's chief executive", 'Chief Executive', true],
    ['head coach', 'their head coach', true],
    ['its chief executive', "Korda's chief executive", true],
    ['union secretary', "the union's secretary", true],
    ['fire chief', 'heads the Lunda fire brigade', true],
    ['the regional rescue commander', 'regional rescue commander', true],
    ["Vesna's foreign ministry spokesman", 'Vesnian Foreign Ministry spokeswoman', true],
    ['education minister', 'deputy education minister', false],
    // A rank before a place is a rank still: a deputy district governor is not the district governor.
    ['a former district governor', 'a former deputy district governor', false],
    ['Mayor', "the town's deputy mayor", false],
    ['Korda chairman', "Korda's chief executive", false],
    ["The council's chairman", 'Regional planning council chairman', true],
    ['Deputy finance minister', 'Finance minister', false],
    ['heads the ombudsman office', "the ombudsman office's president", true],
    ['national security adviser', 'White House national security spokesman', false],
    // Ranks: a lieutenant general is no general, a lieutenant colonel no colonel; a rank written short is the rank.
    ['Lieutenant General', 'General', false],
    ['Colonel', 'Lieutenant Colonel', false],
    ['Pol Col', 'Police Colonel', true],
    ['Maj Gen', 'Major General', true],
    // A detective holds the rank: "Det Sgt" is a sergeant.
    ['Det Sgt', 'Sgt', true],
    ['Det Supt', 'Chief Supt', false],
    ['Maj. Gen.', 'General', false],
    ['Lieutenant-General', 'Lieutenant General', true],
    ["Korda's chief executive", "Brill's chief executive", false],
    ["the company's chief executive", "Korda's chief executive", true],
    ["the ferry operator's head of safety", "Tallin Ferries' head of safety", true],
    ["the company's chief executive", "Korda's finance director", false],
    // Words that only begin alike are two words: "Mining" is no form of "minister".
    ['Economy minister', 'Mining minister', false],
    ['defence minister', 'defense minister', true],
    // Two names share four letters: a country and its people.
    ['Turkish foreign minister', "Turkey's foreign minister", true],
    // A word of rank opening a sentence is capitalised, yet no name: "Presiding judge" is another post than "Judge".
    ['Judge', 'Presiding judge', false],
    // Posts written short are the posts: "Dy. Superintendent" is "Deputy Superintendent".
    ['Dy. Superintendent', 'Deputy Superintendent', true],
    ['Jt. Director of agriculture', 'Joint Director of agriculture', true],
    ['Dy. Collector', 'Collector', false],
    ['Brgy. Capt.', 'Barangay Captain', true],
    ['Gov.', 'Governor', true],
    ['Prosecutor', 'Chief prosecutor', false],
    // A number in a description is a figure, compared as one: no title drift.
    ['finished just 212 votes behind the incumbent', 'finished just 221 votes behind the incumbent', true],
    ['finished just 212 votes behind the incumbent', 'finished just 212 votes ahead of the incumbent', false],
    // …written in words or in digits.
    ['ran the dairy for fourteen years until March', 'ran the dairy for 14 years until March', true],
    // …but a capitalised number word names: "the Nine Rivers trust" is not "the Eight Rivers trust".
    ['head of the Nine Rivers trust', 'head of the Eight Rivers trust', false],
    // One who runs a body is at its head, by whatever post: its general manager runs it; beside a post named, a general
    // manager is no chief executive, and a finance manager runs nothing.
    ['Halden Transit general manager', 'runs Halden Transit', true],
    ['Halden Bus Authority general manager', 'manages the Halden Bus Authority', true],
    ['manages the store', 'runs the store', true],
    ['manages the store', 'store manager', true],
    ['who runs the clinic', "the clinic's managing director", true],
    ['general manager', 'chief executive', false],
    ["the clinic's finance manager", 'runs the clinic', false],
    ['runs Halden Transit', 'Brevik Rail general manager', false],
    // …but one who runs a part of it is no head of the whole.
    ["manages Kenya Power's Nairobi region", 'Kenya Power managing director', false],
    ['managing director of Hyundai Motor UK', 'who runs Hyundai Motor UK', true],
    // …but its arm in a country is no head of the whole.
    ['who runs Amazon UK', 'Amazon managing director', false],
    ['general manager of Nissan US', 'who runs Nissan', false],
    // …but a number that names a post, or a year, is part of it.
    ['councillor for Ward 5', 'councillor for Ward 6', false],
    ['winner of the 2019 marathon', 'winner of the 2021 marathon', false],
    // A place a post belongs to may be left unsaid, like a body.
    ['Mayor', "the city's mayor", true],
    ["local official of the dockers' union", "Dockers' union official", true],
    ['LC1 chairperson', 'the area LC1 chairperson', true],
    ['the area manager', 'the local manager', false],
    // A word before "of the" or "the" is no part of the body's name: the rank still counts.
    ['heads the union', 'deputy head of the union', false],
    ['leads the opposition group on the council', 'the deputy leader of the opposition group on the council', false],
    // …but two places of different levels, both said, are two posts.
    ['city councillor', 'county councillor', false],
    ["the city's police chief", "the county's police chief", false],
    ['town clerk', 'clerk', true],
    // What someone does is the post that does it.
    ["The trawler's owner", 'owns the trawler', true],
    ['manages the depot', "the depot's manager", true],
    ['owns the trawler', "the trawler's skipper", false],
    ['directs operations at Sayrumarka Cable Transport', "the company's operations director", true],
    ["Kallpanta's largest coffee exporter", 'the biggest coffee exporter in Kallpanta', true],
    ["the company's operations director", "the company's finance director", false],
    ['director of the port', 'deputy director of the port', false],
    // A seat's member is who represents it; one who acts for another in law is their lawyer.
    ['Westmorrow Central MP', 'represents the area in Parliament', true],
    ['Westmorrow Central MP', 'Westmorrow North MP', false],
    ['MP', 'Senator', false],
    ["Mangal's attorney", "Mangal's lawyer", true],
    ['a PKR member', 'a PKR MP', false],
    ['the member for Kota Bharu', 'MP for Kota Bharu', true],
    ['Attorney General', 'a lawyer', false],
    ['District Attorney', 'a lawyer', false],
    ['Area manager', 'Regional manager', false],
    ['MP for St Wilfrida', 'Member of Parliament for St Wilfrida', true],
    ['State assembly Speaker', 'State assembly Deputy Speaker', false],
    // The case one works on is no post; what one owns may be a business or a shop.
    ['Prosecutor', 'the prosecutor leading the investigation', true],
    ['the prosecutor in the case', 'the defence lawyer in the case', false],
    ['The owner', 'owns the business', true],
    ['hotel manager', 'restaurant manager', false],
    ['The préfet of Diolakh', 'The prefect of Diolakh', true],
    ['shop owner', 'farm owner', false],
    // A minister of state is a junior minister; a minister's portfolios may be cut to the first.
    ['Minister for Transport', 'Minister of State for Roads and Rural Transport', false],
    ['the minister for energy and natural resources', 'the energy minister', true],
    ['Minister of Pastures and Livestock Husbandry', 'deputy minister for livestock', false],
    ['Minister of State for Foreign Affairs', 'State Minister for Foreign Affairs', true],
    ['Minister of State (Independent Charge) for Environment', 'Environment Minister', true],
    ['Minister of State', 'minister', true],
    // The house a post is held in is another post's ("majority leader in the House" is no Senate majority leader).
    ['speaker of the assembly', 'leader of the opposition in the assembly', false],
    ['Assembly majority leader', 'Senate majority leader', false],
    ['majority leader in the House', 'Senate majority leader', false],
    // …but may be left unsaid where the other names none.
    ['leader of the opposition in the assembly', 'Opposition leader', true],
    ["chair of the Assembly's finance committee", 'chair of the Senate finance committee', false],
    // A prosecutor as courts title one.
    ['Crown Counsel', 'a prosecutor', true],
    ['State Attorney', 'defence counsel', false],
    ['Principal State Attorney', 'State Attorney', false],
  ])('“%s” and “%s”: %s', (x, y, same) => {
    expect(sameTitle(x, y)).toBe(same);
    expect(sameTitle(y, x)).toBe(same);
  });
});

describe('comparing by person', () => {
  it('reads a family name written first after an office of something, and the office changed as a drift', () => {
    const a = 'Senior Minister of State for Housing and Towns Koh Boon Huat said the lifts were replaced.';
    const b = 'Minister of State for Housing and Towns Koh Boon Huat said the lifts were replaced.';
    const koh = compare(a, b).people.find((person) => person.name === 'Koh Boon Huat');
    expect(koh?.drift?.a).toMatchObject({ role: 'Senior Minister of State for Housing and Towns' });
    expect(koh?.drift?.b).toMatchObject({ role: 'Minister of State for Housing and Towns' });
  });

  it('reads an office of supervision with what it is of before a name, and another office against it as a drift', () => {
    const a = 'Chief Electoral Officer Grantley Hinkson said 38 ballots had been left out of the first count.';
    const b = 'Supervisor of Elections Grantley Hinkson said 47 ballots had been left out of the first count.';
    const hinkson = compare(a, b).people.find((person) => person.name === 'Grantley Hinkson');
    expect(hinkson?.drift?.a).toMatchObject({ role: 'Chief Electoral Officer' });
    expect(hinkson?.drift?.b).toMatchObject({ role: 'Supervisor of Elections' });
  });

  it('reads what someone is doing now as a title, so a post against it is a drift, and one name in either order as one person', () => {
    const a =
      '"We have counted 640 homes under water," said Colonel Abdoulaye Ndiobène, the regional commander of the civil protection service.';
    const b =
      '"We have counted 640 homes under water," said Colonel Abdoulaye Ndiobène, who is leading the rescue operation in Ndiakhirène.';
    const drift = compare(a, b).people.find((person) => person.name.endsWith('Ndiobène'))?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual([
      'the regional commander of the civil protection service',
      'leading the rescue operation in Ndiakhirène',
    ]);
    const c = "Mochizuki Ryo, director of the prefecture's child and family bureau, said 34,000 children would qualify.";
    const d = 'Ryo Mochizuki, who is in charge of the plan at the prefectural office, said 34,000 children would qualify.';
    const mochizuki = compare(c, d).people.filter((person) => person.name.includes('Mochizuki'));
    expect(mochizuki).toHaveLength(1);
    expect(mochizuki[0]?.drift).not.toBeNull();
    // …and a post held or taken over, a client acted for or work supervised, against another post.
    for (const [post, clause, role] of [
      [
        'Minister of Housing',
        "who has held the housing portfolio since last year's reshuffle",
        "has held the housing portfolio since last year's reshuffle",
      ],
      [
        'the interior minister',
        'who took over the ministry after the last cabinet reshuffle',
        'took over the ministry after the last cabinet reshuffle',
      ],
      [
        "the developer's lawyer",
        'who has acted for the developer since the application was drawn up',
        'has acted for the developer since the application was drawn up',
      ],
      ["the project's chief engineer", 'who supervised the building of the scheme', 'supervised the building of the scheme'],
      ['the chief executive', 'who took over the top job in March', 'took over the top job in March'],
      ['the party leader', "who holds the party's general secretary post", "holds the party's general secretary post"],
    ]) {
      const held = compare(`Ruth Abela, ${post}, said the work was done.`, `Ruth Abela, ${clause}, said the work was done.`);
      expect(held.people.find((person) => person.name === 'Ruth Abela')?.drift?.b?.role, clause).toBe(role);
    }
    // (…but not a protest held, a building taken over or a thing done in one morning.)
    for (const clause of ['who held a protest outside the office', 'who took over the building with 40 other families']) {
      const acts = compare('Ruth Abela, a neighbour, said the work was done.', `Ruth Abela, ${clause}, said the work was done.`);
      expect(acts.people.find((person) => person.name === 'Ruth Abela')?.drift, clause).toBeNull();
    }
    // (Running for an office is no post held.)
    const e = 'Joselito Pacana, a candidate for mayor, said he was shot twice.';
    const f = 'Joselito Pacana, who is running for mayor, said he was shot twice.';
    expect(compare(e, f).people.find((person) => person.name === 'Joselito Pacana')?.drift).toBeNull();
  });

  it('reads a Malaysian honour as no part of a post, and a Speaker made Deputy Speaker as a drift', () => {
    const a = 'State assembly Speaker Datuk Yeap Swee Choo said the assembly would decide within 21 days.';
    const b = 'State assembly Deputy Speaker Datuk Yeap Swee Choo said the assembly would decide within three weeks.';
    const yeap = compare(a, b).people.find((person) => person.name.endsWith('Yeap Swee Choo'));
    expect(yeap?.drift?.a).toMatchObject({ role: 'Speaker' });
    expect(yeap?.drift?.b).toMatchObject({ role: 'Deputy Speaker' });
  });

  it('reads a brigadier and a garda rank written short as ranks, and a rank raised as a drift', () => {
    const mhlongo = compare(
      'Provincial police spokesperson Colonel Nqobile Mhlongo said three men had arrived in a white hatchback.',
      'Provincial police spokesperson Brigadier Nqobile Mhlongo said three men had arrived in a white hatchback.',
    ).people.find((person) => person.name === 'Nqobile Mhlongo');
    expect([mhlongo?.drift?.a?.role, mhlongo?.drift?.b?.role]).toEqual(['Colonel', 'Brigadier']);
    const noonan = compare(
      'Supt Lughaidh Noonan, of Kilnarran Garda station, said the car had been followed by two patrol cars.',
      'Chief Supt Lughaidh Noonan, of Kilnarran Garda station, said the car had been followed by two patrol cars.',
    ).people.find((person) => person.name === 'Lughaidh Noonan');
    expect([noonan?.drift?.a?.role, noonan?.drift?.b?.role]).toEqual(['Supt', 'Chief Supt']);
  });

  it('reads a "who" title up to what the person did besides: "who leads the group and tabled the motion"', () => {
    const a = 'Nora Elst, who leads the opposition Green group on the council and tabled the motion, spoke first.';
    const b = 'Nora Elst, leader of the opposition Green group, spoke first.';
    expect(compare(a, b).people.find((person) => person.name === 'Nora Elst')).toMatchObject({ drift: null });
  });

  it('reads a title after a party in brackets beside the name, and flags the post changed', () => {
    const a = 'Opposition councillor Skaidrīte Celmiņa (Linden List), who tabled it, said the mayor had kept the losses from the council.';
    const b =
      "Skaidrīte Celmiņa (Linden List), the council's deputy chairwoman, who tabled it, said the mayor had kept the losses from the council.";
    const celmina = compare(a, b).people.find((person) => person.name === 'Skaidrīte Celmiņa');
    expect([celmina?.drift?.a?.role, celmina?.drift?.b?.role]).toEqual(['Opposition councillor', "the council's deputy chairwoman"]);
    const ruiz = compare(
      'Ana Ruiz (Labour) of the finance committee said the budget was late.',
      'Ana Ruiz (Labour) of the planning committee said the budget was late.',
    ).people.find((person) => person.name === 'Ana Ruiz');
    expect(ruiz?.drift).not.toBeNull();
  });

  it('flags no title drift on a quotation whose speaker one version only describes further', () => {
    const a = 'Ports minister Ada Lind, a former pilot, said the quay was "safe for every ship".';
    const b = 'Ada Lind, the ports minister, said the quay was "safe for every ship".';
    const comparison = compare(a, b);
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([[]]);
    expect(comparison.rows.filter((row) => row.speakers?.differs.includes('role'))).toEqual([]);
    expect(comparison.summary.titleDrifts).toBe(0);
  });

  it('reads "a 24-year-old Halverston man" as no post, so a description by age against another is no drift', () => {
    const a = 'Travis Lundeen, the driver of the stolen car, fled on foot, deputies said.';
    const b = 'Travis Lundeen, a 24-year-old Halverston man, fled on foot, deputies said.';
    expect(compare(a, b).summary.titleDrifts).toBe(0);
    const c = 'Ports minister Ada Lind said the quay was "safe for every ship".';
    const d = 'Health minister Ada Lind said the quay was "safe for every ship".';
    expect(compare(c, d).summary.titleDrifts).toBe(1);
  });

  it('reads a person named by initials with a post written "officer-in-charge", and flags the post changed', () => {
    const a = 'The launch sank at dusk, said A. K. M. Mokbul Hossain, officer-in-charge of the Baliadanga police station.';
    const b = 'The launch sank at dusk, said A. K. M. Mokbul Hossain, second officer at the Baliadanga police station.';
    const hossain = compare(a, b).people.find((person) => person.name === 'A. K. M. Mokbul Hossain');
    expect(hossain?.drift?.a).toMatchObject({ role: 'officer-in-charge of the Baliadanga police station' });
    expect(hossain?.drift?.b).toMatchObject({ role: 'second officer at the Baliadanga police station' });
  });

  it('reads a post of a body named first, plural too, as a title, and an age or what befell someone as none', () => {
    const a =
      "The plan was approved, said Graham Fielden, Lomax Homes' land director.\n\nThe arrested man, Jermaine Asante, 24, was released. " +
      'Supt Isla Farquhar, the officer in charge of policing in Brindlecote, said: "The footage is deeply concerning."';
    const b =
      'The plan was approved, said Graham Fielden, managing director of Lomax Homes.\n\nThe 24-year-old, Jermaine Asante, was released. ' +
      'Superintendent Isla Farquhar, Caddermoor Police\'s head of professional standards, said: "The footage is deeply concerning."';
    const people = compare(a, b).people;
    const drift = (name: string) => people.find((person) => person.name === name)?.drift;
    expect(drift('Graham Fielden')?.a).toMatchObject({ role: "Lomax Homes' land director" });
    expect(drift('Graham Fielden')?.b).toMatchObject({ role: 'managing director of Lomax Homes' });
    expect(drift('Jermaine Asante') ?? null).toBeNull();
    const rows = compare(a, b).rows.flatMap((row) =>
      (row.speakers?.differs ?? []).map((difference) => [difference, row.speakers?.b?.role]),
    );
    expect(rows).toEqual([['role', "Caddermoor Police's head of professional standards"]]);
  });

  it('reads "Eng." as an honorific, no title, and a post made deputy as a drift beside another title', () => {
    const a = 'Eng. Gamal El-Gebaly, head of the Kom Barqouq city council, said the building was 90 years old.';
    const b = 'Qasabiya deputy governor Eng. Gamal El-Gebaly said the building was 90 years old.';
    const drift = compare(a, b).people.find((person) => person.name.endsWith('El-Gebaly'))?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual(['head of the Kom Barqouq city council', 'Qasabiya deputy governor']);
    const c = 'MP Hamdy El-Shennawy, head of the House housing committee, said the committee had studied it.';
    const d = 'Hamdy El-Shennawy, deputy head of the House housing committee, said the committee had studied it.';
    const shennawy = compare(c, d).people.find((person) => person.name === 'Hamdy El-Shennawy')?.drift;
    expect([shennawy?.a?.role, shennawy?.b?.role]).toEqual([
      'head of the House housing committee',
      'deputy head of the House housing committee',
    ]);
  });

  it('reads "its director-general" as the director-general of the body the other version names', () => {
    const a = 'Its director-general, Lawal Maikano, said the port was shut.';
    expect(
      compare(a, 'Lawal Maikano, director-general of the ports and harbours authority, said the port was shut.').summary.titleDrifts,
    ).toBe(0);
    expect(compare(a, 'Lawal Maikano, deputy director-general of the ports authority, said the port was shut.').summary.titleDrifts).toBe(
      1,
    );
  });

  it('reads where or when opening a sentence as no title, and a rank written short as the rank', () => {
    const a = "After Rangers' defeat, Philippe Clement said the side was tired.";
    const b = 'Philippe Clement, the Rangers manager, said the side was tired.';
    expect(compare(a, b).summary.titleDrifts).toBe(0);
    expect(compare('Cmdr. Rua Tane said the ship was safe.', 'Commander Rua Tane said the ship was safe.').summary.titleDrifts).toBe(0);
  });

  it("weighs a rank against the other side's rank before a post beside it", () => {
    const a = 'Commander Pesi Fonokalafi, whose ship carried the water, said it had been pumped into the tanks.';
    const b = 'Lieutenant Pesi Fonokalafi, who commands the navy ship, said it had been pumped into the tanks.';
    const drift = compare(a, b).people.find((person) => person.name === 'Pesi Fonokalafi')?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual(['Commander', 'Lieutenant']);
    const c = 'Captain Ana Brill, who commands the Sea Star, said the hold was dry.';
    const d = 'Captain Ana Brill said the hold was dry.';
    expect(compare(c, d).summary.titleDrifts).toBe(0);
  });

  it('reads a post in an apposition after a plural possessive as a title, and the body as nobody', () => {
    const a = "Tenholt Ferries' chief executive, Marguerite Dunholm, said the new rosters were approved.";
    const b = 'Marguerite Dunholm, the managing director of Tenholt Ferries, said the new rosters were approved.';
    const people = compare(a, b).people;
    expect(people.map((person) => person.name)).toEqual(['Marguerite Dunholm']);
    expect(people[0]?.drift?.a).toMatchObject({ role: "Tenholt Ferries' chief executive" });
    expect(people[0]?.drift?.b).toMatchObject({ role: 'the managing director of Tenholt Ferries' });
  });

  it('flags a party someone belongs to against a post of another side', () => {
    const a = 'Tendai Moyo, a member of the ruling Unity Party, said the wing would open in 2031.';
    const b = 'Tendai Moyo, an opposition MP, said the wing would open in 2031.';
    expect(compare(a, b).people.find((person) => person.name === 'Tendai Moyo')?.drift).not.toBeNull();
  });

  it('reads "second-in-command" as a post, and a commander made second-in-command as a drift', () => {
    const a = 'Superintendent Ada Coss, commander of the Kellsmoor Police Division, said the curfew runs until Friday.';
    const b = 'Superintendent Ada Coss, second-in-command of the Kellsmoor Police Division, said the curfew runs until Friday.';
    const coss = compare(a, b).people.find((person) => person.name === 'Ada Coss');
    expect(coss?.drift?.b).toMatchObject({ role: 'second-in-command of the Kellsmoor Police Division' });
  });

  it('reads a title set off before a rank that opens the name, and one a clause before "by" governs', () => {
    const a = 'Police seized four rifles on Tuesday, the St Elsworth divisional commander, Senior Superintendent Maxine Thorogood, said.';
    const b =
      "Police seized four rifles on Tuesday, Senior Superintendent Maxine Thorogood, head of the Constabulary's Firearms Unit, said.";
    expect(compare(a, b).people.find((person) => person.name === 'Maxine Thorogood')?.drift?.a).toMatchObject({
      role: 'the St Elsworth divisional commander',
    });
    const c = 'The campaign, which costs FCFA 380 million, was opened by the Regional Delegate of Public Health, Dr Marcel Nkongo.';
    const d = 'The campaign, which costs FCFA 380 million, was opened by Dr Marcel Nkongo, who heads the regional immunisation programme.';
    expect(compare(c, d).people.find((person) => person.name.endsWith('Marcel Nkongo'))?.drift?.a).toMatchObject({
      role: 'the Regional Delegate of Public Health',
    });
    // …but not a clause or an aside a name closes with its verb: the boy "was hit by a car, Inspector Kofi Mensah said".
    for (const [x, y, name] of [
      [
        'The boy, 12, was hit by a car, Inspector Kofi Mensa said.',
        'Inspector Kofi Mensa, the Accra police spokesman, said the boy, 12, was hit by a car.',
        'Kofi Mensa',
      ],
      [
        'The warehouse was sealed on Friday, Inspector Rahul Deshmuk said.',
        'Inspector Rahul Deshmuk, the station house officer, said the warehouse was sealed on Friday.',
        'Rahul Deshmuk',
      ],
      [
        'On Monday, the first day of the strike, Inspector Juma Mwangu said 40 buses had been stopped.',
        'On Monday, Inspector Juma Mwangu, the Nairobi traffic commander, said 40 buses had been stopped.',
        'Juma Mwangu',
      ],
    ] as const)
      expect(compare(x, y).people.find((person) => person.name === name)?.drift).toBeNull();
    // …while hurried copy that opens the sentence with the title, or goes on with "who", titles the name.
    for (const [x, y, name] of [
      [
        'Its chief executive, Jane Doh said profits rose 8% last year.',
        'Jane Doh, its finance director, said profits rose 8% last year.',
        'Jane Doh',
      ],
      [
        'The law was passed, the minister, Ali Khaan who drafted it, said on Monday.',
        'The law was passed, Ali Khaan, the deputy minister, who drafted it, said on Monday.',
        'Ali Khaan',
      ],
    ] as const)
      expect(compare(x, y).people.find((person) => person.name === name)?.drift).not.toBeNull();
    // …but not an aside on a place said first.
    const e = 'In Ikeja, the state capital, Bello Musa said two suspects had been arrested.';
    const f = 'In Ikeja, Bello Musa, the divisional police officer, said two suspects had been arrested.';
    expect(compare(e, f).people.find((person) => person.name === 'Bello Musa')?.drift).toBeNull();
  });

  it('takes no place or day set off before a rank that opens the name for a title', () => {
    const a = 'In Ikeja, the state capital, Inspector Bello Musa said two suspects had been arrested.';
    const b = 'In Ikeja, Inspector Bello Musa, the divisional police officer, said two suspects had been arrested.';
    expect(compare(a, b).people.find((person) => person.name === 'Bello Musa')?.drift).toBeNull();
  });

  it('reads "secretary-general" as a post, and flags a prefect who became the prefecture\'s secretary-general', () => {
    const a = 'The curfew runs from 7 p.m., the prefect, Mamadou Lamine Kebe, said in an order.';
    const b = 'The curfew runs from 7 p.m., according to an order signed by Mamadou Lamine Kebe, the secretary-general of the prefecture.';
    const kebe = compare(a, b).people.find((person) => person.name === 'Mamadou Lamine Kebe');
    expect(kebe?.drift?.b).toMatchObject({ role: 'the secretary-general of the prefecture' });
  });

  it('flags a drift even where the titled sentences pair with nothing, with both titles and where each is written', () => {
    const a = 'Ports minister Ada Lind opened the quay on Monday. The quay cost a great deal of money to build.';
    const b = 'The quay cost a great deal of money to build. Lind, a deputy ports minister, watched from the deck of a ferry.';
    const comparison = compare(a, b);
    const lind = comparison.people.find((person) => person.name === 'Ada Lind');
    expect(lind?.drift?.a).toMatchObject({ role: 'Ports minister' });
    expect(lind?.drift?.b).toMatchObject({ role: 'a deputy ports minister' });
    const drift = lind?.drift;
    expect(drift && a.slice(drift.a?.start, drift.a?.end)).toBe('Ports minister');
    expect(drift && b.slice(drift.b?.start, drift.b?.end)).toBe('a deputy ports minister');
    expect(comparison.summary.titleDrifts).toBe(1);
  });

  it.each([
    [
      'opening on "its" after a statement',
      'The cooperative owes its members 38 million sillpas, its chairman, Ambrosio Qespillana, told a meeting of growers.',
      "The cooperative's general manager, Ambrosio Qespillana, told growers that it owed its members 41 million sillpas.",
      'Ambrosio Qespillana',
      ['its chairman', "The cooperative's general manager"],
    ],
    [
      'right after the reporting verb',
      '"The social tariff stays frozen," said the council\'s finance chief, Victoriano Kancharuna.',
      'The measure, presented by deputy mayor Victoriano Kancharuna, passed on Monday.',
      'Victoriano Kancharuna',
      ["the council's finance chief", 'deputy mayor'],
    ],
    [
      'after the party they belong to, and with the party owning the name',
      'His rival, Otar Uridia of the opposition Mzeoba Party, a former district governor, took 49.1 percent.',
      "His rival, Mzeoba's Otar Uridia, a former deputy district governor, took 49.1%.",
      'Otar Uridia',
      ['a former district governor', 'a former deputy district governor'],
    ],
  ])('reads a title in apposition %s as the person’s, and flags its drift', (_where, a, b, name, roles) => {
    const drift = compare(a, b).people.find((person) => person.name === name)?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual(roles);
  });

  it('takes no description of the party after it for the title of its member', () => {
    const comparison = compare(
      'Otar Uridia of the opposition Mzeoba Party, the largest opposition group in parliament, said the count was rigged.',
      'Otar Uridia of the opposition Mzeoba Party said the count was rigged.',
    );
    expect(comparison.people.find((person) => person.name === 'Otar Uridia')?.drift).toBeNull();
  });

  it('shows the post that changed, not a title one version says again inside another', () => {
    const comparison = compare(
      'Mayor Ana Kos, a former nurse, opened the clinic on Monday.',
      "Ana Kos, the city's deputy mayor and a former nurse, opened the clinic on Monday.",
    );
    const drift = comparison.people.find((person) => person.name === 'Ana Kos')?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual(['Mayor', "the city's deputy mayor and a former nurse"]);
  });

  it('reads an office named with what it is of or for as the title of the name after it', () => {
    const comparison = compare(
      'Secretary of State Ana Brill said the talks had failed. The Secretary of State for Defence Lea Moss agreed.',
      'Ana Brill, the defence minister, said the talks had failed. Lea Moss, the defence secretary, agreed.',
    );
    const brill = comparison.people.find((person) => person.name === 'Ana Brill');
    expect([brill?.drift?.a?.role, brill?.drift?.b?.role]).toEqual(['Secretary of State', 'the defence minister']);
    expect(comparison.people.find((person) => person.name === 'Lea Moss')?.a.map((title) => title.title)).toEqual([
      'Secretary of State for Defence',
    ]);
    // An office whose complement is itself a title word, and the first words of an office, are no one's name.
    const staff = compare(
      'Chief of Staff Ron Hale said the talks had failed.',
      'Ron Hale, the press secretary, said the talks had failed.',
    );
    expect(staff.people.map((person) => [person.name, person.a.map((title) => title.title)])).toEqual([['Ron Hale', ['Chief of Staff']]]);
  });

  it('reads an honorific written without its full stop as no first name: "Ms Ortega" is Maria Ortega', () => {
    const comparison = compare(
      'Maria Ortega, a lawyer for the families, said the report was incomplete. Ms Ortega said she would appeal.',
      'Maria Ortega, a lawyer for the families, said the report was incomplete. "We will appeal," Ms Ortega said.',
    );
    expect(comparison.people.map((person) => person.name)).toEqual(['Maria Ortega']);
  });

  it('flags the two titles of a person that speak of the same post, not another title beside them', () => {
    const comparison = compare(
      'Councillor Nia Roth, who leads the opposition group on the council, said the annex cost too much.',
      'Nia Roth, the deputy leader of the opposition group on the council, said the annex cost too much.',
    );
    const drift = comparison.people.find((person) => person.name === 'Nia Roth')?.drift;
    expect([drift?.a?.role, drift?.b?.role]).toEqual([
      'leads the opposition group on the council',
      'the deputy leader of the opposition group on the council',
    ]);
  });

  it('does not flag equivalent wordings, nor a title one version leaves out', () => {
    const comparison = compare(
      "Korda's chief executive, Lev Tamm, said the deal was done. Harbour master Mia Sand agreed.",
      'Lev Tamm, the chief executive, said the deal was done. Mia Sand agreed.',
    );
    expect(comparison.people.filter((person) => person.drift !== null)).toEqual([]);
  });

  it('does not flag a person one version titles with more, in the person table nor beside their sentence', () => {
    const comparison = compare(
      '"The hull held," said Major Oda Brenn, who commands the relief convoy.',
      '"The hull held," said Major Oda Brenn.',
    );
    expect(comparison.people.find((person) => person.name === 'Oda Brenn')?.drift).toBeNull();
    expect(comparison.quotations.flatMap((pair) => pair.speakers.differs)).toEqual([]);
    expect(comparison.rows.flatMap((row) => row.speakers?.differs ?? [])).toEqual([]);
  });

  it('does not flag a title one version goes on describing after it, but does flag a word of rank before it', () => {
    const comparison = compare(
      'Vask, an observer group that had 120 observers in the district, said turnout was 96%. Deputy mayor Ana Holm agreed.',
      'Vask, an observer group, said turnout was 96%. Mayor Ana Holm agreed.',
    );
    expect(comparison.people.filter((person) => person.drift !== null).map((person) => person.name)).toEqual(['Ana Holm']);
  });

  it('flags a rank raised by its grade ("Sgt." → "Staff Sgt."), and reads Canadian and Philippine ranks before a name', () => {
    const comparison = compare(
      'He was suspended, said Sgt. Colette Doucet, a police spokeswoman. Const. Ray Kinsella was charged.',
      'He was suspended, said Staff Sgt. Colette Doucet, a police spokeswoman. Const. Ray Kinsella was charged.',
    );
    expect(
      comparison.people
        .filter((person) => person.drift !== null)
        .map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role]),
    ).toEqual([['Colette Doucet', 'Sgt.', 'Staff Sgt.']]);
  });

  it("reads a detective's rank of two words, and flags it changed", () => {
    const comparison = compare(
      '"He accessed the addresses," Detective Superintendent Kirrily Hennessy told reporters.',
      '"He accessed the addresses," Detective Inspector Kirrily Hennessy told reporters.',
    );
    expect(
      comparison.people.filter((person) => person.drift !== null).map((person) => [person.drift?.a?.role, person.drift?.b?.role]),
    ).toEqual([['Detective Superintendent', 'Detective Inspector']]);
  });

  it('flags a drift between two fuller titles though one version also gives the bare one', () => {
    const comparison = compare(
      'Ana Holm, a lawyer for the family, spoke first. "We will appeal," said Holm, a lawyer.',
      'Ana Holm, a lawyer for the driver, spoke first.',
    );
    expect(comparison.people.filter((person) => person.drift !== null).map((person) => person.name)).toEqual(['Ana Holm']);
  });

  it('reads what a speaker did ("who travelled to Kolvar") as no title, and a place described by "where" as no person', () => {
    const comparison = compare(
      'Economy minister Maya Stroud, who travelled to Kolvar on Tuesday, said an inquiry would open. Work moves to Orvik, where labour costs are about 30% lower.',
      'Mining minister Maya Stroud said an inquiry would open. Work moves to Orvik, where labour costs are about 30 percent lower.',
    );
    const drifts = comparison.people.filter((person) => person.drift !== null);
    expect(drifts.map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role])).toEqual([
      ['Maya Stroud', 'Economy minister', 'Mining minister'],
    ]);
    expect(comparison.rows.flatMap((row) => (row.speakers?.differs.includes('role') ? [row.speakers.a?.role] : []))).not.toContain(
      'travelled to Kolvar',
    );
  });

  it('tells two people of one surname apart, and reads a surname alone as the one named last', () => {
    const comparison = compare(
      'Ella Marr, the club captain, said the pitch was flooded. Her father, Jon Marr, a groundsman, said it had drained by noon. Marr said the match could go ahead.',
      'Ella Marr, the club captain, said the pitch was flooded. Jon Marr, the head groundsman, said it had drained by noon.',
    );
    const rows = Object.fromEntries(comparison.people.map((person) => [person.name, person]));
    expect(rows['Ella Marr']?.drift).toBeNull();
    expect(rows['Jon Marr']?.drift).toMatchObject({ a: { role: 'a groundsman' }, b: { role: 'the head groundsman' } });
  });

  it('reads one surname with two given names, one in each version, as two people, each titled once: no drift', () => {
    const comparison = compare(
      '"We only saved the children," said Sekai Mushonga, a mother of three.',
      '"We only saved the children," said Kumbirai Mushonga, a father of three.',
    );
    expect(comparison.people.map((person) => [person.name, person.drift])).toEqual([
      ['Sekai Mushonga', null],
      ['Kumbirai Mushonga', null],
    ]);
    // Given names of one first letter are two people too, as a couple's or siblings' often are…
    const couple = compare(
      '"Half the street worked at that yard once," said Marjolaine Lanteigne.',
      '"Half the street worked at that yard once," said Médard Lanteigne.',
    );
    expect(couple.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
    // …and so are two names after an honorific, of three words each: a brother in one version, a wife in the other.
    const family = compare(
      '"We heard the trucks," said Mr Kelvin Mukosha Mwelwange, the guard\'s brother, who lives next to the depot.',
      '"We heard the trucks," said Mrs Rhoda Kapambwe Mwelwange, the guard\'s wife, who lives next to the depot.',
    );
    expect(family.people.map((person) => person.drift)).toEqual([null, null]);
    // …and two of one family after an honorific Thai and Myanmar copy puts before the given name, whoever they are.
    for (const [a, b] of [
      ['Khun Chaiyong Inkaew', 'Khun Kesorn Inkaew'],
      ['Daw Thuzar Htwe', 'Daw Hnin Wai Htwe'],
    ]) {
      const kin = compare(`"The water came in an hour," said ${a}, a farmer.`, `"The water came in an hour," said ${b}, a farmer.`);
      expect(kin.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
    }
    // …and after one Myanmar copy puts before a young woman's name, Bhutanese copy before a man's or a woman's, or an
    // Ethiopian "Ato" before the given name.
    for (const [a, b] of [
      ['Ma Thuzar Htwe', 'Ma Hnin Wai Htwe'],
      ['Ap Wangdi Rabten', 'Aum Chimi Rabten'],
      ['Ato Berhe Gebru', 'Ato Getachew Gebru'],
      // (…and a Sesotho man's "Ntate" against a woman's "Mme", whatever their initials.)
      ['Ntate M. Nkuebe', 'Mme M. Nkuebe'],
    ]) {
      const kin = compare(`"The water came in an hour," said ${a}, a farmer.`, `"The water came in an hour," said ${b}, a farmer.`);
      expect(
        kin.quotations.map((pair) => pair.speakers.differs),
        `${a} / ${b}`,
      ).toEqual([['name']]);
      expect(kin.people.map((person) => person.drift)).toEqual([null, null]);
    }
    // (…while an honorific kept with the surname alone, or a comrade's, is no other given name.)
    for (const [full, short] of [
      ['Haji Nasrullah Buriro', 'Haji Buriro'],
      ['Tanaka Muringani', 'Cde Muringani'],
    ]) {
      const one = compare(
        `${full} chairs the traders. "We will not pay," said ${full}.`,
        `${full} chairs the traders. "We will not pay," said ${short}.`,
      );
      expect(
        one.quotations.map((pair) => pair.speakers.differs),
        short,
      ).toEqual([[]]);
    }
    // (…and not one named only after it: "Mr Banda said… His daughter, Grace Banda, was rescued.")
    const relative = compare(
      'Mr Banda said the water rose at night. "We lost everything," Mr Banda said. His daughter, Grace Banda, was rescued.',
      'Mr Banda said the water rose at night. "We lost everything," Mr Banda said. His son, Peter Banda, was rescued.',
    );
    expect(relative.quotations.map((pair) => pair.speakers.differs)).toEqual([[]]);
    // (Two given names one of which ends the other are two people: Jonathan and Nathan.)
    const twoNames = compare('"The water came," said Jonathan Moyo, a farmer.', '"The water came," said Nathan Moyo, a farmer.');
    expect(twoNames.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
    // One name written family name first in one version and last in the other is one speaker.
    const reordered = compare(
      'Mochizuki Ryo heads the bureau. "Applications open in April," said Mochizuki Ryo.',
      'Ryo Mochizuki heads the bureau. "Applications open in April," said Ryo Mochizuki.',
    );
    expect(reordered.quotations.map((pair) => pair.speakers.differs)).toEqual([[]]);
    // "The minister said…" with no minister named so refers back to someone, and a "he said" after it quotes them in both
    // versions, whoever each named last before.
    const referred = compare(
      '"We waited years," said Francine Louise-Mondon, a mother. The minister said a second estate would be built. "We will not stop," he said.',
      '"Most moved in today," said Jacky Ernesta-Vel, the caretaker. The minister said a second estate would be built. "We will not stop," he said.',
    );
    expect(referred.quotations.filter((pair) => pair.status === 'verbatim').map((pair) => pair.speakers.differs)).toEqual([[]]);
    // A surname alone is the one person its version names in full with it: two versions that give a quotation to
    // "Mwakalinga" give it to two people when one named Maulid and the other Tunu.
    const surnameOnly = compare(
      'A passenger, Maulid Rajabu Mwakalinga, said the robbers took his money. "I had the money in my shoe," Mwakalinga said.',
      'A passenger, Tunu Rajabu Mwakalinga, said the robbers took her money. "I had the money in my shoe," Mwakalinga said.',
    );
    expect(surnameOnly.quotations.map((pair) => [pair.speakers.a?.name, pair.speakers.b?.name, pair.speakers.differs])).toEqual([
      ['Maulid Rajabu Mwakalinga', 'Tunu Rajabu Mwakalinga', ['name']],
    ]);
    // (…and "U" before a Myanmar man's name is his honorific, so the quotation is his in both versions.)
    const manager = compare(
      '"I sewed collars here," said Ma Thuzar Htwe. "Every worker will be paid before the end of the week," U Myint Thein Aung said.',
      '"I sewed collars here," said Ma Hnin Wai Htwe. "Every worker will get paid before the end of the week," U Myint Thein Aung said.',
    );
    expect(manager.quotations.map((pair) => pair.speakers.differs)).toEqual([['name'], []]);
    expect(manager.quotations[1]?.speakers.a?.name).toBe('U Myint Thein Aung');
    // (…while one who goes by the honorific and one word is named so: "Khun Sa", "Daw Mya".)
    for (const name of ['Khun Sa', 'Daw Mya']) {
      const one = compare(`"We control the trade," said ${name}, the warlord.`, `"We control the trade," said ${name}, the drug lord.`);
      expect(one.people.map((person) => person.name)).toEqual([name]);
    }
    // (One person named so in both versions is one person still.)
    const same = compare(
      '"The water came in an hour," said Khun Kesorn Inkaew, a farmer.',
      '"The water came in an hour," said Khun Kesorn Inkaew, a teacher.',
    );
    expect(same.people.map((person) => person.drift?.differs)).toEqual([['role']]);
    // …while a name one version gives whole and the other by an initial, a post, a short form or another spelling is one person.
    for (const [a, b] of [
      ['S. Mushonga', 'Sekai Mushonga'],
      ['Chief Mushonga', 'Tendai Mushonga'],
      ['Jim Banda', 'James Banda'],
      ['Mohammed Banda', 'Muhammad Banda'],
      ['Yusuf Banda', 'Yousef Banda'],
      ['Tommy Banda', 'Thomas Banda'],
      ['Jimmy Banda', 'James Banda'],
      ['Jack Banda', 'John Banda'],
      ['Mohd Banda', 'Muhammad Banda'],
      ['Sean Banda', 'Shaun Banda'],
      ['Yusuf Banda', 'Yousaf Banda'],
      ['Tomsie Ó Ceallaigh', 'Tomsie Ó Ceallaigh'],
      ['Gulam Banda', 'Ghulam Banda'],
      ['Mr John Banda', 'Mr J. Banda'],
      ['Dr Amina Banda', 'Dr Banda'],
      ['Mr Chukwuemeka Obi', 'Mr Emeka Obi'],
      ['Ms Yekaterina Ivanova', 'Ekaterina Ivanova'],
    ]) {
      const one = compare(`"We left," said ${a}, a teacher.`, `"We left," said ${b}, a nurse.`);
      expect(one.people.map((person) => person.drift?.differs)).toEqual([['role']]);
    }
  });

  it('keeps a title drift read beside a quotation when the person table holds only one of the titles', () => {
    const comparison = compare('"We won fairly," said Tove Lund, the champion.', '"We won fairly," said Tove Lund, the challenger.');
    const flags = comparison.quotations.flatMap((pair) => pair.speakers.differs);
    expect(flags.includes('role') || comparison.people.some((person) => person.drift !== null)).toBe(true);
  });

  it('credits "she said" to the person named in a sentence since the last speaker, not to an earlier speaker', () => {
    const comparison = compare(
      'The board said it would meet again. Ines Moro, the treasurer, spoke first. "The books balance," she said.',
      'The board said it would meet again. Paul Dray, the auditor, spoke first. "The books balance," he said.',
    );
    expect(comparison.quotations.map((pair) => [pair.speakers.a?.name, pair.speakers.b?.name, pair.speakers.differs])).toEqual([
      ['Ines Moro', 'Paul Dray', ['name']],
    ]);
    // A person named in the speaker's own sentence does not take the pronoun from them.
    const same = compare(
      'Ada Holm said her party would not back Tor Lenz. "We will not prop him up," she said.',
      'Ada Holm, the party leader, said she would not back Tor Lenz. "We will not prop him up," she said.',
    );
    expect(same.quotations.flatMap((pair) => pair.speakers.differs)).toEqual([]);
  });

  it('reads a title opening a sentence as a title, not part of the name', () => {
    const comparison = compare(
      'Fisheries Minister Ole Brandt said the quay was closed.',
      'Ole Brandt, the fisheries minister, said the quay was closed.',
    );
    expect(comparison.people.map((person) => [person.name, person.a.map((title) => title.title), person.drift])).toEqual([
      ['Ole Brandt', ['Fisheries Minister'], null],
    ]);
  });

  it('reads a role opening a sentence as a title, not a name', () => {
    const comparison = compare(
      'Economist Rosa Lind of the Harbour Institute said rents would rise.',
      'Rosa Lind, an economist at the Harbour Institute, said rents would rise.',
    );
    expect(comparison.people.map((person) => [person.name, person.drift])).toEqual([['Rosa Lind', null]]);
  });

  it('reads "who lectures in…" as a title, and "who was in…" as none', () => {
    const comparison = compare(
      'Ivan Tol, a historian at Brask University, said the vote was close. Mila Sorn, who was in Brask for the count, agreed.',
      'Ivan Tol, who lectures in law at Brask University, said the vote was close. Mila Sorn, the deputy mayor, agreed.',
    );
    expect(comparison.people.find((person) => person.name === 'Ivan Tol')?.drift).toMatchObject({
      a: { role: 'a historian at Brask University' },
      b: { role: 'lectures in law at Brask University' },
    });
    expect(comparison.people.find((person) => person.name === 'Mila Sorn')?.a).toEqual([]);
  });

  it('reads "who works as a nurse" as the title "nurse"', () => {
    const comparison = compare(
      'Ines Falk, a nurse at the field hospital, said water was short.',
      'Ines Falk, who works as a nurse at the field hospital, said water was short.',
    );
    expect(comparison.people.find((person) => person.name === 'Ines Falk')).toMatchObject({ drift: null });
    expect(comparison.rows.flatMap((row) => row.speakers?.differs ?? [])).toEqual([]);
  });

  it('credits a quotation a source gives without a name to that source, not to the person named before', () => {
    const quoted = (a: string, b: string) =>
      compare(
        `"My brother called me at two," said Pong Siu-wah. The Labour Department opened an investigation. "Employers must keep every exit clear," ${a}.`,
        `"My brother called me at two," said Pong Ka-lok. The Labour Department opened an investigation. "Employers must keep every exit clear," ${b}.`,
      ).quotations.map((pair) => pair.speakers.differs);
    // Two people of one family name in Chinese order are two people; the department's spokeswoman is no one of them.
    expect(quoted('said a department spokeswoman', 'a department spokeswoman said')).toEqual([['name'], []]);
    // …and a quotation credited to a named person in one version and to an unnamed source in the other changes speaker,
    expect(quoted('said a department spokeswoman', 'said Pong Ka-lok')).toEqual([['name'], ['name']]);
    // …while two wordings of unnamed sources may be one source: no flag.
    expect(quoted('said a spokeswoman for the department', 'a department spokeswoman said')).toEqual([['name'], []]);
    expect(quoted('officials said', 'said one official')).toEqual([['name'], []]);
    expect(quoted('said a source close to the talks', 'said a source familiar with the talks')).toEqual([['name'], []]);
    expect(quoted('said a police spokesman', 'said a police spokesperson')).toEqual([['name'], []]);
    expect(quoted('a witness said', 'witnesses said')).toEqual([['name'], []]);
    expect(quoted('said a senior official at the Ministry of Finance', 'said a finance ministry official')).toEqual([['name'], []]);
    expect(quoted('said a police spokesman', 'said a police spokeswoman')).toEqual([['name'], ['name']]);
    expect(quoted('said a man who was injured in the blast', 'said a man who was arrested at the scene')).toEqual([['name'], ['name']]);
    expect(quoted('said a resident', 'said a resident who asked not to be named')).toEqual([['name'], []]);
    expect(quoted('said a resident who lives near the bridge', 'said a resident')).toEqual([['name'], []]);
    expect(quoted('said a source who has seen the report', 'said a source who has read the report')).toEqual([['name'], []]);
    // …but two descriptions that say other sources are two: a police spokesman is no rebels' spokesman.
    expect(quoted('said a police spokesman', 'said a spokesman for the rebels')).toEqual([['name'], ['name']]);
  });

  it('keeps two people of one family name in Chinese order apart in the people table', () => {
    const comparison = compare(
      'Kim Jong-un, the North Korean leader, watched the launch. Kim Yo-jong, vice director of the propaganda department, said the test was a warning.',
      'Kim Jong-un, the North Korean leader, watched the launch. Kim Yo-jong, a senior official, said the test was a warning.',
    );
    const rows = Object.fromEntries(comparison.people.map((person) => [person.name, person.drift !== null]));
    expect([rows['Kim Jong-un'], rows['Kim Yo-jong']]).toEqual([false, true]);
  });

  it('reads a Malay name with "bin" or "binti" as the person its given name later names, and a village as no person', () => {
    const comparison = compare(
      'Civil servants will get B$150 more a month, Minister of Finance Dato Paduka Awang Haji Idrus bin Haji Seman announced on Monday. ' +
        '"Our officers should not fall behind," Dato Paduka Idrus said. "It will pay for the bus," said Awang Razak bin Ugap, a clerk. ' +
        'At Kampung Paya Nipah, shopkeeper Leow Kim Swee watched the water rise.',
      'Civil servants will get B$180 more a month, Second Minister of Finance Dato Paduka Awang Haji Idrus bin Haji Seman announced on Monday. ' +
        '"Our officers must not fall behind," Dato Paduka Idrus said. "It will pay for the bus," said Dayang Khadijah binti Ugap, a clerk. ' +
        'At Kampung Paya Nipah, the water entered a shophouse.',
    );
    // One minister, whose title changed; a brother and a sister of one father, two people; no village among the people.
    expect(comparison.people.map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role])).toEqual([
      ['Idrus bin Haji Seman', 'Minister of Finance', 'Second Minister of Finance'],
      ['Awang Razak bin Ugap', undefined, undefined],
      ['Leow Kim Swee', undefined, undefined],
      ['Dayang Khadijah binti Ugap', undefined, undefined],
    ]);
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([[], ['name']]);
  });

  it('reads a title a verb\'s preposition governs before a name, and "he said" after "The Chief Minister …" as that minister', () => {
    const comparison = compare(
      'The budget was presented by Chief Minister H.R. Pathirage. Another member, L.A. Wickramage, said half was unspent. ' +
        '"We spend half," Wickramage said.\n\nThe Chief Minister rejected the claim. "Every rupee is accounted for," he said.',
      'The budget was presented by the provincial Minister of Finance, H.R. Pathirage. Another member, L.A. Wickramage, said half was unspent. ' +
        '"We spend half," Wickramage said.\n\nPathirage rejected the claim. "Every rupee is accounted for," he said.',
    );
    expect(
      comparison.people
        .filter((person) => person.drift !== null)
        .map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role]),
    ).toEqual([['H.R. Pathirage', 'Chief Minister', 'the provincial Minister of Finance']]);
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([[], []]);
    // …the last preposition's, not what a verb moved: "an account belonging to the company's director, Ravi Kumar,".
    expect(
      compare(
        "The money was transferred to an account belonging to the company's director, Ravi Kumar, the court heard.",
        "The money was transferred to an account belonging to Ravi Kumar, the company's director, the court heard.",
      ).people.map((person) => person.drift),
    ).toEqual([null]);
    // …the preposition right after the verb, not the last one: "rejected by a spokesman for the ministry, John Smith,".
    expect(
      compare(
        'The claim was rejected by a spokesman for the ministry, John Smith, on Monday.',
        'The claim was rejected by John Smith, a spokesman for the ministry, on Monday.',
      ).people.map((person) => person.drift),
    ).toEqual([null]);
    // …or the agent after "by" where another's object comes first: "handed to the police by the head of security".
    expect(
      compare(
        'The letter was handed to the police by the head of security, Daniel Obi, on Monday.',
        'The head of security, Daniel Obi, handed the letter to the police on Monday.',
      ).people.map((person) => person.drift),
    ).toEqual([null]);
    // (Not a title after a preposition with no verb before it: "A spokeswoman for the interior ministry, Decima Lowe,".)
    expect(
      compare(
        'A spokeswoman for the interior ministry, Decima Lowe, said two aircraft would come.',
        'Decima Lowe, an interior ministry spokeswoman, said two aircraft would come.',
      ).people.map((person) => person.drift),
    ).toEqual([null]);
  });

  it('keeps Arabic names with "bin" by the name after it: later "Bin Laden" is Osama bin Laden, and two Mohammeds are two people', () => {
    const drifts = (a: string, b: string) =>
      compare(a, b).people.flatMap((person) => (person.drift === null ? [] : [[person.name, person.drift.a?.role, person.drift.b?.role]]));
    expect(
      drifts(
        'Osama bin Laden, the al-Qaeda leader, was killed in 2011.',
        'Osama bin Laden was killed in 2011. Bin Laden, the al-Qaeda founder, had lived in Abbottabad.',
      ),
    ).toEqual([['Osama bin Laden', 'the al-Qaeda leader', 'the al-Qaeda founder']]);
    expect(
      drifts(
        'Mohammed bin Salman, the crown prince, met Mohammed bin Zayed, the UAE president, in Riyadh.',
        'Mohammed bin Salman, the crown prince, met Mohammed bin Zayed, the ruler of Abu Dhabi, in Riyadh.',
      ),
    ).toEqual([['Mohammed bin Zayed', 'the UAE president', 'the ruler of Abu Dhabi']]);
    // A Malay name is one person with the given name it goes by, in both versions; a mention by the father's name alone
    // is another person.
    const rows = (a: string, b: string) => compare(a, b).people.map((person) => [person.name, person.a.length, person.b.length]);
    expect(
      rows(
        'Awang Hasnul bin Matusin, the acting director of fisheries, said 14 boats had been seized.',
        'Awang Hasnul, the acting director of fisheries, said 14 boats had been seized.',
      ),
    ).toEqual([['Awang Hasnul bin Matusin', 1, 1]]);
    expect(
      rows(
        'Ahmad bin Ali, the village head, said 20 boats were seized by the navy.',
        'Ali, the village head, said 20 boats were seized by the navy.',
      ),
    ).toEqual([
      ['Ahmad bin Ali', 1, 0],
      ['Ali', 0, 1],
    ]);
    expect(
      compare(
        'Kesavan a/l Thangavelu, 42, a lorry driver, was charged. "I am innocent of this charge and always was," Kesavan told the court.',
        'Kesavan a/l Thangavelu, 42, a lorry driver, was charged. "I am innocent of this charge and always was," Thangavelu told the court.',
      ).quotations.map((pair) => pair.speakers.differs),
    ).toEqual([['name']]);
    // …and two Malay men of one given name and two fathers are two people.
    expect(
      drifts(
        'Razak bin Ali, a fisherman, said his catch fell by half. Razak bin Osman, a teacher, said the school was flooded.',
        'Razak bin Ali, a fisherman, said his catch fell by half. Razak bin Osman, a headmaster, said the school was flooded.',
      ),
    ).toEqual([['Razak bin Osman', 'a teacher', 'a headmaster']]);
  });

  it('reads a title before the surname of the one person named in full as that person, titled ("Mayor Okafor")', () => {
    const comparison = compare(
      'Tom Okafor opened the bridge on Monday. Mayor Okafor said it was safe.',
      'Tom Okafor opened the bridge on Monday. Governor Okafor said it was safe.',
    );
    expect(comparison.people.map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role])).toEqual([
      ['Tom Okafor', 'Mayor', 'Governor'],
    ]);
  });

  it('reads a boat described by its size as no person: no title drift for "Sea Fulmar II, a 19-metre dragger"', () => {
    const comparison = compare(
      'The crew of the Sea Fulmar II, a 19-metre dragger, were taken off by helicopter on Monday.',
      'The crew of the Sea Fulmar II, a 21-metre dragger built in 1998, were taken off by helicopter on Monday.',
    );
    expect(comparison.people.filter((person) => person.drift !== null)).toEqual([]);
    // …while a player described by his height is a person whose position may change.
    const player = compare(
      'Shaquille Barnes, a 6-foot-4 striker, joined Bristol City on Monday.',
      'Shaquille Barnes, a 6-foot-4 winger, joined Bristol City on Monday.',
    );
    expect(player.people.find((person) => person.name === 'Shaquille Barnes')?.drift?.differs).toEqual(['role']);
  });

  it('reads no one of the words around a name as a person: "told Reuters an Israeli strike…"', () => {
    const comparison = compare(
      'A Hamas official told Reuters an Israeli strike killed 20 people in Rafah on Tuesday.',
      'A Hamas official told Reuters an Israeli strike killed 25 people in Rafah on Tuesday.',
    );
    expect(comparison.people.map((person) => person.name)).not.toContain('Reuters an Israeli');
  });

  it('reads an Irish woman and man of one family, "Ní" and "Ó", as two people', () => {
    const comparison = compare(
      '"We asked for a plant like this for years," said Tomsie Ó Ceallaigh, who milks 90 cows.',
      '"We asked for a plant like this for years," said Peigí Ní Cheallaigh, who milks 90 cows.',
    );
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
  });

  it('reads two given names of one first letter as two people, a couple or twins', () => {
    for (const [a, b] of [
      ['Mark Kelly', 'Mike Kelly'],
      ['Sonia Gandhi', 'Sanjay Gandhi'],
      ['Kate Miller', 'Kurt Miller'],
      ['Phil Jones', 'Paul Jones'],
      ['Rhys Evans', 'Ross Evans'],
      ['Thandi Moyo', 'Tendai Moyo'],
    ]) {
      const one = compare(
        `"The party will fight alone in all 80 seats," said ${a}.`,
        `"The party will fight alone in all 80 seats," said ${b}.`,
      );
      expect(one.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
    }
    // …and a short form of another first letter as one name.
    const bob = compare('"We left," said Bob Banda, a teacher.', '"We left," said Robert Banda, a nurse.');
    expect(bob.people.map((person) => person.drift?.differs)).toEqual([['role']]);
  });

  it('reads a Chinese-order name and "Mr" with the family name as one person', () => {
    const comparison = compare(
      'Pinky Sio Oi-ling, a hawker, said the stalls were cleared. Ms Sio said the fines were new.',
      'Pinky Sio Oi-ling, a stallholder, said the stalls were cleared. Ms Sio said the fines were new.',
    );
    expect(comparison.people.map((person) => person.name)).toEqual(['Pinky Sio Oi-ling']);
  });

  it('credits a quotation to different people as a speaker change, and a paraphrase to someone else as nothing', () => {
    const comparison = compare(
      'Ada Lind said the quay was ready. "We are proud of this quay," she said.',
      'Ivo Rak said the quay was ready. "We are proud of this quay," he said.',
    );
    expect(comparison.quotations.map((pair) => pair.speakers.differs)).toEqual([['name']]);
    expect(comparison.rows.every((row) => !(row.speakers?.differs ?? []).includes('name'))).toBe(true);
    expect(comparison.summary.speakerFlags).toBe(1);
  });

  it('does not credit the denier with the words they deny', () => {
    const comparison = compare(
      'Ada Lind denied accusations that the ferry had been "sailing without a licence" for years.',
      'Regulators said the ferry had been "sailing without a licence" for years.',
    );
    expect(comparison.quotations[0]?.speakers.differs).toEqual([]);
  });

  it('pairs a sentence with the sentence holding its first paired quotation', () => {
    const comparison = compare(
      '"We firmly reject this report," Lind said, adding that the ministry "has always published every inspection of the quay and its cranes".',
      '"We firmly reject this story," Lind said at a briefing. The ministry "has always published every single inspection of the quay and its cranes", she added.',
    );
    expect(comparison.rows.find((row) => row.a === 0)?.b).toBe(0);
  });

  it('reads "who speaks for" and "who has run" as titles, the same as a spokeswoman, and a participle after a place as none', () => {
    const drifts = (a: string, b: string) =>
      compare(a, b).people.flatMap((person) =>
        person.drift === null ? [] : [`${person.name}: ${person.drift.a?.role} / ${person.drift.b?.role}`],
      );
    expect(
      drifts(
        "The hospital's chief executive, Dr Kenneth Seet Wai Loon, said the wing had been built.",
        'Dr Kenneth Seet Wai Loon, who has run the hospital since it opened, said the wing had been built.',
      ),
    ).toEqual(["Dr Kenneth Seet Wai Loon: The hospital's chief executive / has run the hospital since it opened"]);
    expect(
      drifts(
        "The branch secretary of the Electronics Workers' Union, Zubaidah Yusoff, said the union would help.",
        "Zubaidah Yusoff, who speaks for the factory's workers in the union, said the union would help.",
      ),
    ).toHaveLength(1);
    expect(
      drifts(
        "Evija Zilkalna, a spokeswoman for the residents' group, said the vote was rushed.",
        "Evija Zilkalna, who speaks for the residents' group, said the vote was rushed.",
      ),
    ).toEqual([]);
    expect(
      drifts(
        'The storm brought down poles on the road to Nsutwiaso, leaving the community without power.',
        'The storm brought down poles on the road to Nsutwiaso, cutting off power to the community.',
      ),
    ).toEqual([]);
  });

  it('reads no title in what someone did or led as an act ("who has led the raid", "who spoke for the first time")', () => {
    const titlesOf = (text: string) => compare(text, text).people.flatMap((person) => person.a.map((title) => title.title));
    expect(titlesOf('Inspector Kwame Badu, who has led the raid, said 12 suspects were arrested.')).not.toContain('has led the raid');
    expect(titlesOf('Kofi Mensah, who has run the Accra marathon ten times, said 12 nurses had quit.')).toEqual([]);
    expect(titlesOf('Mr Kwabena Boateng, who spoke for the first time since his arrest, said he was innocent.')).toEqual([]);
    // …while what one has run so far is one: "who has run the cannery since it was bought", "who has led the
    // investigation unit".
    expect(titlesOf('Sarpong, who has led the investigation unit for a decade, said the case was closed.')).toEqual([
      'has led the investigation unit for a decade',
    ]);
    expect(titlesOf('Patrick Azemia, who has run the cannery since it was bought, said 80 jobs would go.')).toEqual([
      'has run the cannery since it was bought',
    ]);
  });

  it('flags a post one version gives where the other says only what the person did in its place', () => {
    const drifts = (a: string, b: string) =>
      compare(a, b).people.flatMap((person) => (person.drift === null ? [] : [[person.name, person.drift.a?.role, person.drift.b?.role]]));
    expect(
      drifts(
        'The prosecutor in the case, Bounyong Chanthasack, told the court the roads had never been built.',
        'Bounyong Chanthasack, who presented the evidence against him, told the court the roads had never been built.',
      ),
    ).toEqual([['Bounyong Chanthasack', 'The prosecutor in the case', 'who presented the evidence against him']]);
    expect(
      drifts(
        'Sering Mbenga, the regional disaster management coordinator, said 40 houses lost their roofs.',
        'Sering Mbenga, who has been in charge of the relief since Monday, said 40 houses lost their roofs.',
      ),
    ).toEqual([['Sering Mbenga', 'the regional disaster management coordinator', 'who has been in charge of the relief since Monday']]);
    // What they did in the story stands in for the post as well.
    expect(
      drifts(
        'The mayor of Podlesec, Borut Krapezar, said the bridge cost EUR 2.4 million.',
        'Borut Krapezar, who opened the bridge, said it cost EUR 2.4 million.',
      ),
    ).toEqual([['Borut Krapezar', 'The mayor of Podlesec', 'who opened the bridge']]);
    // The table shows what each version says of them.
    const [person] = compare(
      'The prosecutor in the case, Bounyong Chanthasack, told the court the roads had never been built.',
      'Bounyong Chanthasack, who presented the evidence against him, told the court the roads had never been built.',
    ).people;
    expect(person?.b.map((title) => title.title)).toEqual(['who presented the evidence against him']);
  });

  it('flags no deed beside the same post, against what anyone may be, or where a post is said with "was"', () => {
    const drifts = (a: string, b: string) =>
      compare(a, b).people.flatMap((person) => (person.drift === null ? [] : [[person.name, person.drift.a?.role, person.drift.b?.role]]));
    // The post is given on both sides; one also says what they did.
    expect(
      drifts(
        'The prosecutor in the case, Bounyong Chanthasack, told the court the roads had never been built.',
        'The prosecutor in the case, Bounyong Chanthasack, who presented the evidence, told the court the roads had never been built.',
      ),
    ).toEqual([]);
    // What anyone may be ("a harvester", "a retired postman") is no post a deed stands in for.
    expect(
      drifts(
        'Tomo Handarbeni, a harvester for 20 years, said the rate had fallen.',
        'Tomo Handarbeni, who has cut fruit on the estates for 20 years, said the rate had fallen.',
      ),
    ).toEqual([]);
    expect(
      drifts(
        'Percy Nield, who has lived on the estate since it was built, said the water came in at night.',
        'Percy Nield, a retired postman, said the water came in at night.',
      ),
    ).toEqual([]);
    // "who was mayor for two terms" says what she was, no deed.
    expect(
      drifts(
        'Lanja Rafanomezantsoa, who was mayor for two terms, said the wells were never dug.',
        'Lanja Rafanomezantsoa, the former mayor of the commune, said the wells were never dug.',
      ),
    ).toEqual([]);
    // What they did that day, how they spoke, or what befell them is no deed of their work.
    for (const [a, b] of <[string, string][]>[
      [
        'Finance Minister Ali Khan said the budget was balanced.',
        'Ali Khan, who spoke to reporters after the vote, said the budget was balanced.',
      ],
      ['The judge, Henry Cole, said the case was complex.', 'Henry Cole, who adjourned the case until May, said the case was complex.'],
      ['The mayor, Sara Bell, said the bridge was safe.', 'Sara Bell, whose husband died in the flood, said the bridge was safe.'],
      [
        'The health minister, Rosa Lind, said 12 nurses had left.',
        'Rosa Lind, who visited the hospital on Tuesday, said 12 nurses had left.',
      ],
    ])
      expect(drifts(a, b)).toEqual([]);
    // Where one belongs is no post: "of the Superior Court".
    expect(
      drifts(
        'Justice Rosaire Comeau of the Superior Court said the count was final.',
        'Justice Rosaire Comeau, who conducted the recount over three days, said the count was final.',
      ),
    ).toEqual([]);
  });

  it('reads a title in apposition after a dateline', () => {
    const comparison = compare(
      'ZOMPOPAL - The mayor of Zompopal, Orlindo Valladarez, sold 180 hectares of common land, prosecutors said.',
      'ZOMPOPAL - The deputy mayor of Zompopal, Orlindo Valladarez, sold 180 hectares of common land, prosecutors said.',
    );
    expect(comparison.people.map((person) => [person.name, person.drift?.a?.role, person.drift?.b?.role])).toEqual([
      ['Orlindo Valladarez', 'The mayor of Zompopal', 'The deputy mayor of Zompopal'],
    ]);
    // A dash inside a sentence opens no title: "Turnout was low — the lowest since 1990, Sam Birch, the returning officer, said".
    expect(
      compare(
        'Turnout was low — the lowest since 1990, Sam Birch, the returning officer, said.',
        'Turnout was low, said Sam Birch, the returning officer.',
      ).people.map((person) => person.drift),
    ).toEqual([null]);
  });

  it('reads no title in an apposition of a place whose words only end as roles do ("running water")', () => {
    const comparison = compare(
      'The minister opened the aqueduct of Montecillo, a work of RD$220 million that will bring running water to about 18,000 people.',
      'The minister opened the aqueduct of Montecillo, a work of RD$240 million that will bring running water to about 16,000 people.',
    );
    expect(comparison.people.filter((person) => person.drift !== null)).toEqual([]);
  });

  it('reads a long title in apposition before a name, and not the clause whose object it is', () => {
    const drifts = (a: string, b: string) =>
      compare(a, b).people.flatMap((person) => (person.drift === null ? [] : [[person.name, person.drift.a?.role, person.drift.b?.role]]));
    expect(
      drifts(
        'The head of the provincial livestock and fisheries section, Sommay Thongphanh, said the teams would reach 85,000 animals.',
        'Sommay Thongphanh, who is directing the campaign in the province, said the teams would reach 85,000 animals.',
      ),
    ).toEqual([
      ['Sommay Thongphanh', 'The head of the provincial livestock and fisheries section', 'directing the campaign in the province'],
    ]);
    expect(
      drifts(
        "A court in Isquet on Thursday sentenced the town's former mayor, Viktor Dranko, to six years in prison.",
        "The town's former mayor, Viktor Dranko, was sentenced to six years in prison.",
      ),
    ).toEqual([]);
  });
});
