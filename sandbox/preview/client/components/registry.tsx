/**
 * The remote-ui controller: each @hubspot/ui-extensions component name (as registered by
 * createRemoteReactComponent in dist/shared.synced/remoteComponents.synced.js) mapped to its DOM version. A name
 * with no DOM version renders a visible placeholder naming it, never a blank.
 */
import { createController } from '@remote-ui/react/host';
import type { ComponentType } from 'react';
import { BarChart, LineChart } from './charts';
import { Button, Checkbox, DateInput, Input, LoadingButton, Select, TextArea, ToggleGroup } from './controls';
import * as layout from './layout';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from './table';

/** The components the preview implements, by remote component name. */
export const COMPONENTS: Record<string, ComponentType<any>> = {
  Alert: layout.Alert, AutoGrid: layout.AutoGrid, DescriptionList: layout.DescriptionList, DescriptionListItem: layout.DescriptionListItem,
  Divider: layout.Divider, EmptyState: layout.EmptyState, ErrorState: layout.ErrorState, Flex: layout.Flex, Heading: layout.Heading,
  List: layout.List, LoadingSpinner: layout.LoadingSpinner, ProgressBar: layout.ProgressBar, Statistics: layout.Statistics,
  StatisticsItem: layout.StatisticsItem, StatusTag: layout.StatusTag, Tag: layout.Tag, Text: layout.Text, Tile: layout.Tile,
  Button, LoadingButton, Checkbox, DateInput, Input, Select, TextArea, ToggleGroup,
  Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow,
  BarChart, LineChart,
};

const placeholders = new Map<string, ComponentType<any>>();

/** The DOM component for a remote component name: its implementation, or a placeholder that names it. */
export function componentFor(name: string): ComponentType<any> {
  const known = COMPONENTS[name];
  if (known) return known;
  let placeholder = placeholders.get(name);
  if (!placeholder) {
    placeholder = (props: Record<string, unknown>) => <layout.Placeholder {...props} componentName={name} />;
    placeholders.set(name, placeholder);
  }
  return placeholder;
}

/** A controller that never throws "Unknown component": unknown names get their placeholder. */
export function createPreviewController() {
  const base = createController(COMPONENTS);
  return { ...base, get: (type: unknown) => componentFor(String(type)) } as typeof base;
}
