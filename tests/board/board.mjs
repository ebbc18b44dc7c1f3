// Drives the board page (src/Clustering.Silo/wwwroot) in Debian's headless Chromium through
// playwright-core, never a downloaded browser. Run by tests/Clustering.IntegrationTests/Board:
//
//   node board.mjs <scenario> <baseUrl> <input.json> [screenshot.png]
//
// input.json is {"articles":[…article objects…]}. The script posts them itself, one by one, AFTER
// the page has loaded and connected, and reports on stdout one JSON object (the last line) that the
// .NET test asserts. Scenarios:
//   grow     every article: POST, then wait until the list shows its story with the count the POST
//            implies; finally open the story and (optionally) take a screenshot
//   xss      post hostile titles; read back what the list and the story view show as text
//   offline  print {"waiting":"stop"} and wait for a line on stdin (the test stops the silo), then
//            wait for #connection to say reconnecting/offline
//   layout   post every article, open the last one's story, and at 1280 px and at phone width (390 px)
//            list every element that runs past the right edge of its row or makes the page scroll
//            sideways; screenshots (optional) at both widths, the phone one beside the first as *-phone.png
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [scenario, baseUrl, inputFile, screenshot] = process.argv.slice(2);
const input = inputFile ? JSON.parse(readFileSync(inputFile, 'utf8')) : { articles: [] };
const timeout = 20000;
const profile = mkdtempSync(join(tmpdir(), 'clustering-board-'));
const result = { scenario, console: [], pageErrors: [] };

async function post(article) {
  const r = await fetch(new URL('api/articles', baseUrl), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article),
  });
  if (!r.ok) throw new Error(`POST ${article.id}: HTTP ${r.status} ${await r.text()}`);
  return r.json();
}

const countOf = (page, storyId) => page.evaluate((id) => {
  const li = [...document.querySelectorAll('ul#stories > li[data-story-id]')].find((x) => x.dataset.storyId === id);
  return li ? Number(li.querySelector('.count')?.textContent.replace(/[^0-9]/g, '')) : null;
}, storyId);

async function waitForCount(page, storyId, count) {
  await page.waitForFunction(([id, n]) => {
    const li = [...document.querySelectorAll('ul#stories > li[data-story-id]')].find((x) => x.dataset.storyId === id);
    return li && Number(li.querySelector('.count')?.textContent.replace(/[^0-9]/g, '')) >= n;
  }, [storyId, count], { timeout });
  return countOf(page, storyId);
}

async function openStory(page, storyId, articles) {
  await page.click(`ul#stories > li[data-story-id="${storyId.replace(/["\\]/g, '\\$&')}"] .title`);
  await page.waitForFunction((n) => !document.getElementById('story').hidden
    && document.querySelectorAll('#story-articles > li[data-article-id]').length >= n, articles, { timeout });
}

// Everything visible that runs past the right edge of its row (or of the window), as "selector: by N px".
const overflow = (page) => page.evaluate(() => {
  const found = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) found.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  const story = document.getElementById('story');
  if (!story.hidden && story.scrollWidth > story.clientWidth + 1) found.push(`story panel scrolls sideways: ${story.scrollWidth} > ${story.clientWidth}`);
  const rows = document.querySelectorAll('ul#stories > li, #story-articles > li, #story-facts tr, .story-head, #story-quotes > li, #story-timeline > li');
  for (const row of rows) {
    if (row.getClientRects().length === 0) continue; // not shown
    const edge = Math.min(row.getBoundingClientRect().right, doc.clientWidth);
    for (const kid of row.querySelectorAll('*')) {
      const box = kid.getBoundingClientRect();
      if (box.width > 0 && box.right > edge + 1) {
        found.push(`${row.id || row.tagName.toLowerCase()}${row.dataset.articleId ? `[${row.dataset.articleId}]` : ''} > ${kid.tagName.toLowerCase()}.${kid.className}: by ${Math.round(box.right - edge)} px`);
      }
    }
  }
  return found.slice(0, 20);
});

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') result.console.push(m.text()); });
  page.on('pageerror', (e) => result.pageErrors.push(String(e)));
  page.on('dialog', (d) => { result.dialog = d.message(); d.dismiss(); });
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForSelector('#connection[data-state="connected"]', { state: 'attached', timeout });
  await page.evaluate(() => { window.__loadedOnce = true; }); // a reload would lose it

  if (scenario === 'grow') {
    result.posts = [];
    for (const article of input.articles) {
      const ack = await post(article);
      const expected = (result.posts.filter((p) => p.storyId === ack.storyId).length) + 1;
      const shown = await waitForCount(page, ack.storyId, expected);
      result.posts.push({ id: article.id, storyId: ack.storyId, status: ack.status, shown });
    }
    const last = result.posts[result.posts.length - 1];
    const articles = result.posts.filter((p) => p.storyId === last.storyId).length;
    await openStory(page, last.storyId, articles);
    result.storyTitle = await page.textContent('#story-title');
    result.storyArticles = await page.$$eval('#story-articles > li[data-article-id]', (lis) => lis.map((li) => li.dataset.articleId));
    result.listed = await page.$$eval('ul#stories > li[data-story-id]', (lis) => lis.map((li) => li.dataset.storyId));
    if (screenshot) {
      await page.waitForTimeout(1200); // let the highlight of the last change fade for the picture
      await page.screenshot({ path: screenshot });
    }
  } else if (scenario === 'xss') {
    result.posts = [];
    for (const article of input.articles) {
      const ack = await post(article);
      await waitForCount(page, ack.storyId, 1);
      result.posts.push({ id: article.id, storyId: ack.storyId });
    }
    result.listTitles = await page.$$eval('ul#stories > li[data-story-id] .title', (xs) => xs.map((x) => x.textContent));
    await openStory(page, result.posts[0].storyId, 1);
    result.storyTitle = await page.textContent('#story-title');
    result.articleTitles = await page.$$eval('#story-articles .article-title', (xs) => xs.map((x) => x.textContent));
    result.injectedElements = await page.evaluate(() => document.querySelectorAll('#stories img, #stories script, #story img, #story script').length);
  } else if (scenario === 'layout') {
    result.posts = [];
    for (const article of input.articles) {
      const ack = await post(article);
      result.posts.push({ id: article.id, storyId: ack.storyId });
      await waitForCount(page, ack.storyId, result.posts.filter((p) => p.storyId === ack.storyId).length);
    }
    const last = result.posts[result.posts.length - 1];
    await openStory(page, last.storyId, result.posts.filter((p) => p.storyId === last.storyId).length);
    await page.waitForTimeout(1200); // highlights fade, the view settles
    result.storyTitle = await page.textContent('#story-title');
    // The list learnt its title from the first article and every change since, never from a reload.
    result.listTitle = await page.$eval(`ul#stories > li[data-story-id="${last.storyId.replace(/["\\]/g, '\\$&')}"] .title`, (x) => x.textContent);
    result.firstReported = await page.textContent('#story-first');
    result.copyRows = await page.$$eval('#story-articles > li.copy-row', (lis) => lis.map((li) => li.dataset.articleId));
    result.articleOrder = await page.$$eval('#story-articles > li[data-article-id]', (lis) => lis.map((li) => li.dataset.articleId));
    result.desktopOverflow = await overflow(page);
    if (screenshot) await page.screenshot({ path: screenshot });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    result.phoneOverflow = await overflow(page);
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-phone.png') });
  } else if (scenario === 'offline') {
    console.log(JSON.stringify({ waiting: 'stop' }));
    const lines = createInterface({ input: process.stdin });
    await new Promise((resolve) => lines.once('line', resolve));
    await page.waitForSelector('#connection[data-state="reconnecting"], #connection[data-state="offline"]', { state: 'attached', timeout });
    result.connectionState = await page.getAttribute('#connection', 'data-state');
    result.connectionText = await page.textContent('#connection');
    result.connectionShown = await page.isVisible('#connection');
  } else {
    throw new Error(`unknown scenario '${scenario}'`);
  }
  result.xss = await page.evaluate(() => (typeof window.__xss === 'undefined' ? null : window.__xss));
  result.reloaded = !(await page.evaluate(() => window.__loadedOnce === true));
  result.ok = true;
} catch (e) {
  result.ok = false;
  result.error = String(e?.stack || e);
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
