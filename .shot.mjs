import { chromium } from '@playwright/test'
const base = 'http://127.0.0.1:45299'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
})
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
page.on('console', (m) => { if (m.type() === 'error' || m.text().includes('DEBUG')) console.log('console', m.type(), m.text()) })
page.on('pageerror', (e) => console.log('page error:', e.message))
const shot = async (name) => { await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true }); console.log('shot', name) }
const script = process.argv[2]
const mod = await import(script)
try {
  await mod.default({ page, base, shot })
} catch (e) { console.log('FAILED', e.message); await shot('failure') }
await browser.close()
