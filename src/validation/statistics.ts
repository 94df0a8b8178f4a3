// What a file holds, counted as its rows are checked, for the report's statistics: rows,
// endpoints per channel, custom attribute names. Apart from the rules, which decide only what
// is wrong; the validators call both. (Distinct users are counted by the duplicate tables.)

import { safeName } from '../privacy.ts';
import { ATTRIBUTE_NAMES_KEPT, keptName } from './rules/endpoint-rules.ts';
import { CHANNEL_TYPES } from './rules/schema.ts';

export class StatisticsCounter {
  /** Data rows, those too misshapen to check included. */
  rows = 0;
  /** Endpoints per channel, indexed as CHANNEL_TYPES (no string hashing per row). */
  private readonly channelCounts = new Float64Array(CHANNEL_TYPES.length);
  /** Custom attribute names (with their prefix), in order of first use, bounded as the rules' are. */
  private readonly attributes = new Set<string>();

  /** A row checked as an endpoint; `channel` is its index in CHANNEL_TYPES, or -1 if none or invalid. */
  countEndpoint(channel: number): void {
    this.rows++;
    if (channel >= 0) this.channelCounts[channel]++;
  }

  /** A custom attribute name used (as EndpointRules.noteAttribute sees it). */
  noteAttribute(name: string): void {
    if (this.attributes.size >= ATTRIBUTE_NAMES_KEPT) return;
    this.attributes.add(keptName(name));
  }

  /** Endpoints per ChannelType, for the channels present. */
  get channels(): Record<string, number> {
    const channels: Record<string, number> = {};
    CHANNEL_TYPES.forEach((channel, i) => {
      if (this.channelCounts[i] > 0) channels[channel] = this.channelCounts[i];
    });
    return channels;
  }

  /** The custom attribute names, sorted, each safe to print. */
  get attributeNames(): string[] {
    // Names come from the file: one could be an address (a header that is really a data row).
    return [...this.attributes].map(safeName).sort();
  }
}
