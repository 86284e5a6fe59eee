import { describe, expect, it } from 'vitest';
import { describeSpeaker } from '../../../../shared/suggest/index.js';

describe('describeSpeaker', () => {
  it.each([
    ['Maria Ortega, a spokeswoman for the port', { name: 'Maria Ortega', role: 'a spokeswoman for the port', sourceType: 'named' }],
    ['The mayor, Helen Brandt', { name: 'Helen Brandt', role: 'The mayor', sourceType: 'named' }],
    ['Dr Amira Nassar', { name: 'Dr Amira Nassar', role: '', sourceType: 'named' }],
    ['Mayor Tom Okafor', { name: 'Tom Okafor', role: 'Mayor', sourceType: 'named' }],
    [
      'Council member Ruth Adeyemi, one of two votes against',
      { name: 'Ruth Adeyemi', role: 'Council member, one of two votes against', sourceType: 'named' },
    ],
    ['the health ministry', { name: 'health ministry', role: '', sourceType: 'organisation' }],
    ['a ministry spokesman', { name: 'a ministry spokesman', role: '', sourceType: 'anonymous' }],
    ['a report published by the agency', { name: 'report', role: '', sourceType: 'document' }],
    ['a report published by the Audit Office', { name: 'report published by the Audit Office', role: '', sourceType: 'document' }],
    // What was done with a document after ("dated…", "seen by this agency", "published on Tuesday") is not what it is.
    ['an internal memo dated April 8 and seen by this agency', { name: 'internal memo', role: '', sourceType: 'document' }],
    [
      'a report by the State Audit Office published on Tuesday',
      { name: 'report by the State Audit Office', role: '', sourceType: 'document' },
    ],
    ['Officials', { name: 'Officials', role: '', sourceType: 'anonymous' }],
    // What a body is, then its name, which may hold "of the".
    ['The campaign group Friends of the Oldre', { name: 'Friends of the Oldre', role: 'campaign group', sourceType: 'organisation' }],
    ["The hospital's management", { name: "hospital's management", role: '', sourceType: 'organisation' }],
    [
      'A diplomatic note handed to the ambassador, a copy of which was seen by Kestrel Wire',
      { name: 'diplomatic note', role: '', sourceType: 'document' },
    ],
    // A firm's name that ends on its trade: "Sevrenne Roadworks".
    ['Sevrenne Roadworks', { name: 'Sevrenne Roadworks', role: '', sourceType: 'organisation' }],
    // A copy of a document, and a document described by who made it, are the document.
    ['a copy of their proposal seen by this agency', { name: 'copy of their proposal', role: '', sourceType: 'document' }],
    // …by what it is, not who made it or what they did with it.
    ['a presentation the company gave to investors', { name: 'presentation', role: '', sourceType: 'document' }],
    ['a tender notice the port authority published in February', { name: 'tender notice', role: '', sourceType: 'document' }],
    ['a letter the ministry sent to schools', { name: 'letter', role: '', sourceType: 'document' }],
    // …a surveyor's or a planner's drawing among them.
    ['a copy of the town plan', { name: 'copy of the town plan', role: '', sourceType: 'document' }],
    // A title of office names a person, whatever body it holds or is written after.
    ['Police Chief Inspector Hal Dorn', { name: 'Hal Dorn', role: 'Police Chief Inspector', sourceType: 'named' }],
    ['The police Chief Inspector Hal Dorn', { name: 'Hal Dorn', role: 'The police Chief Inspector', sourceType: 'named' }],
    ['Fire Chief Oona Brek', { name: 'Oona Brek', role: 'Fire Chief', sourceType: 'named' }],
    ['the union General Secretary Jo Wade', { name: 'Jo Wade', role: 'the union General Secretary', sourceType: 'named' }],
    // Whose office it is may come first, in capitals.
    [
      'Metropolitan Police Commissioner Mark Rowley',
      { name: 'Mark Rowley', role: 'Metropolitan Police Commissioner', sourceType: 'named' },
    ],
    ['Bank of Arden Governor Ilse Brandt', { name: 'Ilse Brandt', role: 'Bank of Arden Governor', sourceType: 'named' }],
    ["the city's Police Commissioner Dan Wyatt", { name: 'Dan Wyatt', role: "the city's Police Commissioner", sourceType: 'named' }],
    // …but a title word that opens a body's name is the body's: "Major Crimes Unit", "General Staff", "General Motors".
    ['General Motors', { name: 'General Motors', role: '', sourceType: 'organisation' }],
    ['Major League Baseball', { name: 'Major League Baseball', role: '', sourceType: 'organisation' }],
    ['Police Scotland', { name: 'Police Scotland', role: '', sourceType: 'organisation' }],
    ['the police Major Crimes Unit', { name: 'Major Crimes Unit', role: 'police', sourceType: 'organisation' }],
    ['The army General Staff', { name: 'General Staff', role: 'army', sourceType: 'organisation' }],
    // A name with "The" and no post in it is a body's; a post in capitals names no one, the name beside it does.
    // A French office "de la République" is no one's name.
    [
      'The procureur de la République, Mouhamadou Bassirou Gningue Loum',
      { name: 'Mouhamadou Bassirou Gningue Loum', role: 'The procureur de la République', sourceType: 'named' },
    ],
    ['the préfecture of Gbonzéa', { name: 'préfecture of Gbonzéa', role: '', sourceType: 'organisation' }],
    // A party or letters in brackets say no more of who speaks.
    ['Dauglaukis Mayor Laimutė Daujotienė (Freedom Path)', { name: 'Laimutė Daujotienė', role: 'Dauglaukis Mayor', sourceType: 'named' }],
    ['Chief District Officer (CDO) Ishwor Neupane', { name: 'Ishwor Neupane', role: 'Chief District Officer', sourceType: 'named' }],
    // An office of a court or a register, with what it is of.
    ['Clerk of the Court Kaydeen Silvera', { name: 'Kaydeen Silvera', role: 'Clerk of the Court', sourceType: 'named' }],
    ['Registrar of Companies Ann Bell', { name: 'Ann Bell', role: 'Registrar of Companies', sourceType: 'named' }],
    ["The People's Election Vigil", { name: "People's Election Vigil", role: '', sourceType: 'organisation' }],
    // …but one of rank or of a faith is a person's.
    ['The Duke of Sussex', { name: 'The Duke of Sussex', role: '', sourceType: 'anonymous' }],
    ['The Dalai Lama', { name: 'The Dalai Lama', role: '', sourceType: 'anonymous' }],
    ['The City of Cape Town', { name: 'City of Cape Town', role: '', sourceType: 'organisation' }],
    ['The Most Hon. Desmond Arlow', { name: 'The Most Hon. Desmond Arlow', role: '', sourceType: 'named' }],
    [
      'Election Commission Chairman R. M. Wimalasena',
      { name: 'R. M. Wimalasena', role: 'Election Commission Chairman', sourceType: 'named' },
    ],
    ["The hospital's Director, Dr. Hemal Wanni", { name: 'Dr. Hemal Wanni', role: "The hospital's Director", sourceType: 'named' }],
    ['Ward Chair of Kaphalbot-4, Kamala Sunar', { name: 'Kamala Sunar', role: 'Ward Chair of Kaphalbot-4', sourceType: 'named' }],
  ])('reads “%s”', (phrase, expected) => {
    expect(describeSpeaker(phrase, [])).toEqual(expected);
  });

  it('reads "the union" and "the defence ministry" as the body, not the person whose title names it', () => {
    const head = { name: 'Dario Kestenholt', role: 'who heads the Union of Rail and Signal Workers', sourceType: 'named' as const };
    expect(describeSpeaker('The union', [head])).toEqual({
      name: 'Union of Rail and Signal Workers',
      role: '',
      sourceType: 'organisation',
    });
    const spokeswoman = { name: 'Anja Wessely', role: 'a spokeswoman for the defence ministry', sourceType: 'named' as const };
    expect(describeSpeaker('The defence ministry', [spokeswoman])).toEqual({
      name: 'defence ministry',
      role: '',
      sourceType: 'organisation',
    });
    // A title that is no body stays a person's.
    expect(describeSpeaker('The spokeswoman', [spokeswoman]).name).toBe('Anja Wessely');
    // The reference's words must be the body's: not the last ministry named, nor one of two banks a title names.
    const health = { name: 'Lina Moor', role: 'a spokeswoman for the Ministry of Health', sourceType: 'named' as const };
    const finance = { name: 'Piet Vos', role: 'an official at the Ministry of Finance', sourceType: 'named' as const };
    expect(describeSpeaker('The health ministry', [health, finance]).name).toBe('Ministry of Health');
    const adviser = {
      name: 'Olga Fern',
      role: 'a former World Bank economist who now advises Tarn Savings Bank',
      sourceType: 'named' as const,
    };
    expect(describeSpeaker('The bank', [adviser])).toEqual({ name: 'bank', role: '', sourceType: 'organisation' });
  });

  it('reads a surname or a pronoun as someone named before', () => {
    expect(describeSpeaker('Ortega', ['Maria Ortega']).name).toBe('Maria Ortega');
    // Two family names, the father's first: the first of them alone is the person, who spoke or was only named.
    expect(describeSpeaker('Bernal', [], null, ['Calixto Bernal Chiquipa'])).toEqual({
      name: 'Calixto Bernal Chiquipa',
      role: '',
      sourceType: 'named',
    });
    expect(describeSpeaker('Ormachea', ['Reinaldo Ormachea Quintanilla']).name).toBe('Reinaldo Ormachea Quintanilla');
    // A post written short is the last person named with it, short or in full.
    const secretary = { name: 'Eliud Wario', role: 'the Principal Secretary for Arid Lands', sourceType: 'named' as const };
    const commander = { name: 'Hellen Rotich', role: 'Sogorwet OCPD', sourceType: 'named' as const };
    expect(describeSpeaker('the PS', [secretary, commander]).name).toBe('Eliud Wario');
    expect(describeSpeaker('The OCPD', [commander, secretary]).name).toBe('Hellen Rotich');
    expect(describeSpeaker('the CS', [secretary]).sourceType).not.toBe('named');
    // A title written short before the name is the post a later "the governor" names.
    const governor = { name: 'Renato Buenconsejo', role: 'Gov.', sourceType: 'named' as const };
    const captain = { name: 'Eduardo Macabenta', role: 'Brgy. Capt.', sourceType: 'named' as const };
    expect(describeSpeaker('The governor', [governor, captain]).name).toBe('Renato Buenconsejo');
    expect(describeSpeaker('the barangay captain', [captain, governor]).name).toBe('Eduardo Macabenta');
    // …not one of another grade of it: the vice governor is not "the governor".
    const vice = { name: 'Lilia Pineda', role: 'Vice Gov.', sourceType: 'named' as const };
    expect(describeSpeaker('The governor', [governor, vice]).name).toBe('Renato Buenconsejo');
    // A body's letters are the body, whoever spoke for it before.
    const spokesperson = { name: 'Mahlengi Bhengu', role: 'ANC spokesperson', sourceType: 'named' as const };
    expect(describeSpeaker('The ANC', [spokesperson]).name).not.toBe('Mahlengi Bhengu');
    // …but someone whose surname it is comes first.
    expect(describeSpeaker('Bernal', ['Rosa Bernal', 'Calixto Bernal Chiquipa']).name).toBe('Rosa Bernal');
    expect(describeSpeaker('she', ['Maria Ortega', 'the ministry']).name).toBe('Maria Ortega');
    expect(describeSpeaker('she', [], { name: 'A city spokeswoman', role: 'x', sourceType: 'anonymous' })).toEqual({
      name: 'A city spokeswoman',
      role: '',
      sourceType: 'anonymous',
    });
  });
});
