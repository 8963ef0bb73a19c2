"""A real headless Chromium driven by selenium, usable from async tests whose bot runs in the same event loop.

Every selenium call blocks until the browser is done, and the browser waits on
the bot's web server in this very loop: so each call runs in a thread.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking")


def missing() -> str | None:
    """Why no browser test can run here, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() and shutil.which(Path(path).name) is None:
            return f"{path} is missing (Debian: apt-get install chromium chromium-driver)"
    return None


class Browser:
    def __init__(self, driver) -> None:  # type: ignore[no-untyped-def]
        self.driver = driver

    @classmethod
    async def start(cls, profile: Path, width: int = 1280, height: int = 900) -> Browser:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium") or CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "--lang=ko-KR"):
            options.add_argument(flag)
        driver_path = CHROMEDRIVER if Path(CHROMEDRIVER).exists() else shutil.which("chromedriver") or CHROMEDRIVER
        driver = await asyncio.to_thread(webdriver.Chrome, service=Service(driver_path), options=options)
        return cls(driver)

    async def get(self, url: str) -> None:
        await asyncio.to_thread(self.driver.get, url)

    @property
    def url(self) -> str:
        return self.driver.current_url

    async def source(self) -> str:
        return await asyncio.to_thread(lambda: self.driver.page_source)

    async def text(self, css: str = "body") -> str:
        from selenium.webdriver.common.by import By

        return await asyncio.to_thread(lambda: self.driver.find_element(By.CSS_SELECTOR, css).text)

    async def fill(self, css: str, value: str) -> None:
        from selenium.webdriver.common.by import By

        def act() -> None:
            element = self.driver.find_element(By.CSS_SELECTOR, css)
            element.clear()
            element.send_keys(value)

        await asyncio.to_thread(act)

    async def choose(self, css: str, value: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import Select

        await asyncio.to_thread(lambda: Select(self.driver.find_element(By.CSS_SELECTOR, css)).select_by_value(value))

    async def click(self, css: str, navigates: bool = True) -> None:
        """Click an element; when it `navigates` (a link, a form's button), wait for the next page."""
        from selenium.webdriver.common.by import By

        await asyncio.to_thread(self._click_and_wait, By.CSS_SELECTOR, css, navigates)

    async def click_link(self, text: str) -> None:
        from selenium.webdriver.common.by import By

        await asyncio.to_thread(self._click_and_wait, By.PARTIAL_LINK_TEXT, text, True)

    def _click_and_wait(self, by: str, what: str, navigates: bool) -> None:
        # click() returns once the click is dispatched, not once the page it opens is loaded:
        # reading the page at once could read the old one. The old page's root going stale
        # is selenium's own signal that the browser moved on.
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

        old_page = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(by, what).click()

        def gone(_driver) -> bool:  # type: ignore[no-untyped-def]
            # (selenium's staleness_of, plus Chromium's other word for it while a navigation is under way: the node
            # "does not belong to the document", which staleness_of lets through as an error)
            try:
                old_page.is_enabled()
            except StaleElementReferenceException:
                return True
            except WebDriverException as exc:
                if "does not belong to the document" in str(exc):
                    return True
                raise
            return False

        if navigates:
            WebDriverWait(self.driver, 20).until(gone)

    async def resize(self, width: int, height: int) -> None:
        await asyncio.to_thread(self.driver.set_window_size, width, height)

    async def screenshot(self, path: Path, full_page: bool = False) -> None:
        """A PNG of the window (or of the whole page's height)."""
        def shoot() -> None:
            if full_page:
                size = self.driver.get_window_size()
                height = self.driver.execute_script("return document.documentElement.scrollHeight")
                self.driver.set_window_size(size["width"], min(int(height) + 140, 4000))
                self.driver.save_screenshot(str(path))
                self.driver.set_window_size(size["width"], size["height"])
            else:
                self.driver.save_screenshot(str(path))

        await asyncio.to_thread(shoot)

    async def quit(self) -> None:
        await asyncio.to_thread(self.driver.quit)
