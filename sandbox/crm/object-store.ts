/** One CRM record. Property values are strings (or null), as HubSpot returns them. */
export interface CrmObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  archivedAt?: number;
}

/**
 * The records of one object type in one portal. Ids are numeric strings handed out in
 * increasing order, so `order` stays sorted and paging by id is a binary search.
 * `version` changes on every write; search caches key on it.
 */
export class ObjectStore {
  private readonly objects = new Map<string, CrmObject>();
  private readonly order: number[] = [];
  private liveCount = 0;
  version = 0;

  /** A record by id; archived ones only when asked for. */
  get(id: string, archived = false): CrmObject | undefined {
    const obj = this.objects.get(id);
    if (!obj || obj.archived !== archived) return undefined;
    return obj;
  }

  /** Adds a new record (its id must be larger than every earlier id). */
  insert(obj: CrmObject): void {
    this.objects.set(obj.id, obj);
    this.order.push(+obj.id);
    this.liveCount += obj.archived ? 0 : 1;
    this.version++;
  }

  /** Marks a record as changed (after its properties were edited in place). */
  touch(): void {
    this.version++;
  }

  /** Archives a record; returns false when it was not live. */
  archive(id: string, at: number): boolean {
    const obj = this.get(id);
    if (!obj) return false;
    obj.archived = true;
    obj.archivedAt = at;
    this.liveCount--;
    this.version++;
    return true;
  }

  /** Number of live (non-archived) records. */
  get size(): number {
    return this.liveCount;
  }

  /** Every record with the given archived flag, in id order. */
  *values(archived = false): IterableIterator<CrmObject> {
    for (const obj of this.objects.values()) if (obj.archived === archived) yield obj;
  }

  /** A page of records in id order, starting after the id `after` (exclusive). */
  page(limit: number, after: number | undefined, archived = false): { results: CrmObject[]; nextAfter?: string } {
    let index = after === undefined ? 0 : upperBound(this.order, after);
    const results: CrmObject[] = [];
    while (index < this.order.length && results.length < limit) {
      const obj = this.objects.get(String(this.order[index]));
      if (obj && obj.archived === archived) results.push(obj);
      index++;
    }
    const more = results.length === limit && this.hasMatchFrom(index, archived);
    const last = results[results.length - 1];
    return more && last ? { results, nextAfter: last.id } : { results };
  }

  private hasMatchFrom(index: number, archived: boolean): boolean {
    for (let i = index; i < this.order.length; i++) {
      if (this.objects.get(String(this.order[i]))?.archived === archived) return true;
    }
    return false;
  }
}

/** First index whose value is greater than `value` in a sorted array. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
