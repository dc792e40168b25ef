import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export type Point = { target: string; messagesPerSecond: number; p99Ms: number };

/** p99 latency against load, one line a target, log scales, the 100 ms target as a rule; as SVG text. */
export const latencyChart = async (points: Point[]) => {
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 640,
    height: 360,
    title: 'p99 latency, sender to the other side, against load (one message per 5 s per conversation)',
    layer: [
      {
        data: { values: points },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'messagesPerSecond', type: 'quantitative', title: 'messages per second', scale: { type: 'log' } },
          y: { field: 'p99Ms', type: 'quantitative', title: 'p99 latency (ms)', scale: { type: 'log' } },
          color: { field: 'target', type: 'nominal', title: null },
        },
      },
      {
        data: { values: [{ limit: 100 }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' },
        encoding: { y: { field: 'limit', type: 'quantitative' } },
      },
    ],
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
};
