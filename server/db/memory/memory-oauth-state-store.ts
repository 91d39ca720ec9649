/** Single-use OAuth states in memory. */
import type { OAuthStateStore } from '../ports';

export class MemoryOAuthStateStore implements OAuthStateStore {
  private readonly states = new Map<string, Date>();

  async create(state: string, expiresAt: Date): Promise<void> {
    this.states.set(state, new Date(expiresAt));
  }

  async consume(state: string, now: Date): Promise<boolean> {
    const expiresAt = this.states.get(state);
    this.states.delete(state);
    for (const [s, at] of this.states) if (at.getTime() <= now.getTime()) this.states.delete(s);
    return expiresAt !== undefined && expiresAt.getTime() > now.getTime();
  }
}
