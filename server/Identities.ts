import { maxPersonNameLength, presenceColor } from '../shared/presence.js';
import type { Person } from './Connection.js';
import { personNamedBy } from './Invites.js';
import type { InviteRecord, Store } from './store/Store.js';
import type { TokenClaims } from '../shared/access.js';
import { InputError } from '../shared/errors.js';

/** A name given for display was empty or too long. */
export class NameError extends InputError {
  override readonly name = 'NameError';

  constructor(message: string) {
    super(message, 'name');
  }
}

const roleNames = { owner: 'Owner', editor: 'Editor', annotator: 'Annotator', viewer: 'Viewer' } as const;

/** The name the holder of an invite is shown under: the one they chose, else the invite's label, else their role. */
export function holderName(invite: InviteRecord): string {
  return invite.name ?? personNamedBy(invite) ?? roleNames[invite.role];
}

/**
 * Who holds each token, as others see them: the name they chose (kept with
 * their invite in the store; in memory for a token without one, such as the
 * start link), else their invite's label, else their role; and a colour from
 * the token's id. Never taken from what a socket says.
 */
export class Identities {
  private readonly store: Store;
  private readonly people = new Map<string, Promise<Person>>();

  constructor(store: Store) {
    this.store = store;
  }

  /** The person holding a token; the same object for every connection of the token, so a new name shows at once. */
  person(claims: TokenClaims): Promise<Person> {
    let person = this.people.get(claims.jti);
    if (person === undefined) {
      person = this.load(claims);
      this.people.set(claims.jti, person);
      person.catch(() => this.people.delete(claims.jti));
    }
    return person;
  }

  private async load(claims: TokenClaims): Promise<Person> {
    const invite = await this.store.getInvite(claims.jti);
    return {
      jti: claims.jti,
      role: claims.role,
      name: invite === null ? roleNames[claims.role] : holderName(invite),
      color: presenceColor(claims.jti),
    };
  }

  /** Sets the name a token's holder is shown under; throws a NameError for an empty or long one. Returns the name kept. */
  async setName(claims: TokenClaims, name: unknown): Promise<string> {
    if (typeof name !== 'string') throw new NameError('The name must be text.');
    const kept = name.replace(/\s+/g, ' ').trim();
    if (kept === '') throw new NameError('The name is empty.');
    if (kept.length > maxPersonNameLength) throw new NameError(`The name is longer than ${maxPersonNameLength} characters.`);
    const invite = await this.store.getInvite(claims.jti);
    if (invite !== null) await this.store.putInvite({ ...invite, name: kept });
    const person = await this.person(claims);
    person.name = kept;
    return kept;
  }
}
