/** Which images a Dockerfile builds FROM, and which one the built stage's layers start from (early base-layer checks). */
import { describe, expect, test } from '@jest/globals';
import { dockerfileBases } from '../../src/image/base-layers.js';

describe('dockerfileBases: the images and the final stage base', () => {
  test.each<[string, string, Record<string, string>, string, string[], string | undefined]>([
    ['one stage', 'FROM alpine:3.20\nRUN true\n', {}, '', ['alpine:3.20'], 'alpine:3.20'],
    [
      'multi-stage: the last stage is built',
      'FROM golang:1.22 AS build\nFROM distroless/static\nCOPY --from=build /a /a\n',
      {},
      '',
      ['golang:1.22', 'distroless/static'],
      'distroless/static',
    ],
    ['target picks the stage', 'FROM golang:1.22 AS build\nFROM distroless/static\n', {}, 'build', ['golang:1.22', 'distroless/static'], 'golang:1.22'],
    [
      'target matched case-insensitively',
      'FROM golang:1.22 AS Build\nFROM distroless/static\n',
      {},
      'BUILD',
      ['golang:1.22', 'distroless/static'],
      'golang:1.22',
    ],
    ['a stage built on a stage on an image', 'FROM node:20 AS deps\nFROM deps AS test\nFROM test\n', {}, '', ['node:20'], 'node:20'],
    ['the last stage on scratch', 'FROM golang:1.22 AS build\nFROM scratch\n', {}, '', ['golang:1.22'], undefined],
    ['a target the file does not name', 'FROM alpine\n', {}, 'nope', ['alpine'], undefined],
    ['ARG default and build-arg', 'ARG BASE=alpine:3.19\nFROM ${BASE}\n', { BASE: 'alpine:3.20' }, '', ['alpine:3.20'], 'alpine:3.20'],
    ['--platform and a repeated image', 'FROM --platform=$BUILDPLATFORM alpine AS a\nFROM alpine\n', {}, '', ['alpine'], 'alpine'],
    ['a stage name used before it is declared is an image', 'FROM later\nFROM alpine AS later\n', {}, '', ['later', 'alpine'], 'alpine'],
  ])('%s', (_name, dockerfile, args, target, images, final) => {
    expect(dockerfileBases(dockerfile, args, target)).toEqual({ images, final });
  });
});
