/** The win-back dashboard's sections, each a view of one part of the summary report. */
import {
  BarChart,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  LineChart,
  Statistics,
  StatisticsItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { ReportSummaryResponse } from '../../../src/api/card-api';
import { formatDay, formatPercent, SEGMENT_SHORT_LABELS } from '../shared/labels';
import {
  formatDays,
  formatValue,
  lostBySegmentRows,
  overallRatio,
  priorityLabel,
  ratioByAttributionRows,
  ratioBySegmentRows,
  totalLost,
  trendRows,
} from './dashboard-view';

type Summary = { summary: ReportSummaryResponse };

export function HeadlineFigures({ summary }: Summary) {
  const ratio = overallRatio(summary);
  return (
    <Statistics testId="home-headline">
      <StatisticsItem testId="home-total-lost" label="Lost customers analysed" number={totalLost(summary)} />
      <StatisticsItem testId="home-internal-controllable" label="Internal and controllable" number={formatPercent(summary.internalControllableShare)}>
        <Text variant="microcopy">Losses we caused and could have prevented: fix the cause before any outreach.</Text>
      </StatisticsItem>
      <StatisticsItem testId="home-overall-ratio" label="Reacquisition ratio" number={ratio === null ? '—' : formatPercent(ratio)}>
        <Text variant="microcopy">Won back out of those pursued.</Text>
      </StatisticsItem>
    </Statistics>
  );
}

export function LostBySegment({ summary }: Summary) {
  return (
    <Tile>
      <Heading>Why customers left</Heading>
      <BarChart
        testId="home-lost-by-segment"
        data={lostBySegmentRows(summary)}
        axes={{ x: { field: 'segment', fieldType: 'category', label: 'Defector segment' }, y: { field: 'count', fieldType: 'linear', label: 'Lost customers' } }}
        options={{ showDataLabels: true, showLegend: false, showTooltips: true }}
      />
    </Tile>
  );
}

export function RatioBySegment({ summary }: Summary) {
  const rows = ratioBySegmentRows(summary);
  return (
    <Tile>
      <Heading>Reacquisition ratio by segment</Heading>
      {rows.length === 0 ? (
        <Text>No win-back plan has been started yet.</Text>
      ) : (
        <Table testId="home-ratio-by-segment" bordered>
          <TableHead>
            <TableRow>
              <TableHeader>Segment</TableHeader>
              <TableHeader align="right">Pursued</TableHeader>
              <TableHeader align="right">Won back</TableHeader>
              <TableHeader align="right">Ratio</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} testId={`home-ratio-${row.key}`}>
                <TableCell>{row.segment}</TableCell>
                <TableCell align="right">{row.pursued}</TableCell>
                <TableCell align="right">{row.reacquired}</TableCell>
                <TableCell align="right">{row.ratio}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Tile>
  );
}

export function UpcomingReminders({ summary }: Summary) {
  return (
    <Tile>
      <Heading>Upcoming active-waiting reminders</Heading>
      {summary.upcomingReminders.length === 0 ? (
        <Text testId="home-no-reminders">No reminder is due soon.</Text>
      ) : (
        <Table testId="home-reminders" bordered>
          <TableHead>
            <TableRow>
              <TableHeader>Deal</TableHeader>
              <TableHeader>Reminder</TableHeader>
              <TableHeader>Due</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {summary.upcomingReminders.map((r, i) => (
              <TableRow key={`${r.dealId}-${r.dueDate}-${i}`}>
                <TableCell>{r.dealId}</TableCell>
                <TableCell>{r.title}</TableCell>
                <TableCell>{formatDay(r.dueDate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Tile>
  );
}

export function TopPriority({ summary }: Summary) {
  return (
    <Tile>
      <Heading>Worth winning back first</Heading>
      <Text variant="microcopy">Ranked by expected second-lifetime value, not by the size of the last deal.</Text>
      {summary.topPriority.length === 0 ? (
        <Text testId="home-no-priority">No lost account is a priority right now.</Text>
      ) : (
        <Table testId="home-top-priority" bordered>
          <TableHead>
            <TableRow>
              <TableHeader>Deal</TableHeader>
              <TableHeader>Why they left</TableHeader>
              <TableHeader>Priority</TableHeader>
              <TableHeader align="right">Second-lifetime value</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {summary.topPriority.map((p) => (
              <TableRow key={p.dealId}>
                <TableCell>{p.dealId}</TableCell>
                <TableCell>{SEGMENT_SHORT_LABELS[p.segment]}</TableCell>
                <TableCell>{priorityLabel(p.priority)}</TableCell>
                <TableCell align="right">{formatValue(p.secondLifetimeValue)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Tile>
  );
}

export function Outcomes({ summary }: Summary) {
  const { plans, daysToReacquire } = summary.outcomes;
  const attribution = ratioByAttributionRows(summary);
  return (
    <Tile>
      <Flex direction="column" gap="sm">
        <Heading>Outcomes</Heading>
        <Statistics testId="home-plans">
          <StatisticsItem testId="home-plans-pursued" label="Plans pursued" number={plans.pursued} />
          <StatisticsItem testId="home-plans-active" label="Active" number={plans.active} />
          <StatisticsItem testId="home-plans-paused" label="Paused" number={plans.paused} />
          <StatisticsItem testId="home-plans-reacquired" label="Won back" number={plans.reacquired} />
          <StatisticsItem testId="home-plans-stopped" label="Stopped" number={plans.stopped} />
        </Statistics>
        <DescriptionList direction="row">
          <DescriptionListItem testId="home-days-median" label="Median time to win back">{formatDays(daysToReacquire.median)}</DescriptionListItem>
          <DescriptionListItem testId="home-days-mean" label="Average time to win back">{formatDays(daysToReacquire.mean)}</DescriptionListItem>
          <DescriptionListItem testId="home-days-count" label="Customers won back">{daysToReacquire.count}</DescriptionListItem>
        </DescriptionList>
        <Text format={{ fontWeight: 'demibold' }}>Reacquisition ratio by attribution</Text>
        {attribution.length === 0 ? (
          <Text>No attribution data yet.</Text>
        ) : (
          <Table testId="home-ratio-by-attribution" bordered>
            <TableHead>
              <TableRow>
                <TableHeader>Cause</TableHeader>
                <TableHeader>Controllability</TableHeader>
                <TableHeader align="right">Pursued</TableHeader>
                <TableHeader align="right">Won back</TableHeader>
                <TableHeader align="right">Ratio</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {attribution.map((row) => (
                <TableRow key={row.key}>
                  <TableCell>{row.source}</TableCell>
                  <TableCell>{row.controllability}</TableCell>
                  <TableCell align="right">{row.pursued}</TableCell>
                  <TableCell align="right">{row.reacquired}</TableCell>
                  <TableCell align="right">{row.ratio}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Flex>
    </Tile>
  );
}

export function MonthlyTrend({ summary }: Summary) {
  return (
    <Tile>
      <Heading>By month</Heading>
      {summary.outcomes.byMonth.length === 0 ? (
        <Text testId="home-no-trend">No monthly figures yet.</Text>
      ) : (
        <LineChart
          testId="home-trend"
          data={trendRows(summary)}
          axes={{
            x: { field: 'month', fieldType: 'category', label: 'Month' },
            y: { field: 'customers', fieldType: 'linear', label: 'Customers' },
            options: { groupFieldByColor: 'series' },
          }}
          options={{ showLegend: true, showTooltips: true }}
        />
      )}
    </Tile>
  );
}
