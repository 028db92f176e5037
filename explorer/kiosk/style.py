"""The kiosk's look: large type and big targets, readable from a step away."""

from __future__ import annotations

KIOSK_QSS = """
QWidget { font-size: 24px; color: #1d2733; }
#kioskWindow, #attract { background: #f4f1ea; }
#attract { background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #0f4c5c, stop:1 #1b6f6a); }
#attractHeading { color: #ffffff; font-size: 44px; font-weight: 600; }
#touchPrompt { color: #ffe8a3; font-size: 40px; font-weight: 600; padding: 12px; }
#storyCard { background: #ffffff; border-radius: 24px; }
#storyEyebrow { color: #9a5b13; font-size: 24px; font-weight: 600; text-transform: uppercase; }
#storyTitle { font-size: 46px; font-weight: 600; }
#storyFlow { font-size: 32px; color: #0f4c5c; }
#storyFigure { font-size: 88px; font-weight: 700; color: #0f4c5c; }
#storyCaption, #storyCompare { font-size: 30px; }
#storyCompare { color: #7a3e00; }
#storySource { font-size: 22px; color: #55606b; }
#topBar { background: #0f4c5c; }
#topBar QPushButton { color: #ffffff; background: transparent; border: none;
    padding: 8px 28px; font-size: 28px; border-radius: 12px; }
#topBar QPushButton:checked { background: #ffffff; color: #0f4c5c; }
#touch, #primary, #navArrow, #chip, #languageChip, #pinKey {
    background: #ffffff; border: 2px solid #0f4c5c; border-radius: 14px; padding: 8px 22px; }
#touch:pressed, #chip:pressed, #pinKey:pressed, #navArrow:pressed { background: #d7ebe8; }
#chip:checked, #languageChip:checked { background: #0f4c5c; color: #ffffff; }
#languageChip { background: rgba(255,255,255,0.15); color: #ffffff; border-color: #ffffff; }
#primary { background: #0f4c5c; color: #ffffff; font-size: 30px; padding: 12px 40px; }
#pinKey { font-size: 36px; }
#searchEdit { font-size: 34px; padding: 8px 20px; border: 2px solid #0f4c5c;
    border-radius: 16px; background: #ffffff; }
#sectionHeading { font-size: 26px; font-weight: 600; color: #0f4c5c; margin-top: 8px; }
#hits { background: #ffffff; border: none; border-radius: 16px; font-size: 24px; }
#hits::item { padding: 14px 18px; border-bottom: 1px solid #e3e0d8; min-height: 56px; }
#hits::item:selected { background: #d7ebe8; color: #1d2733; }
#overlay { background: rgba(10, 20, 30, 0.72); }
#overlayCard { background: #ffffff; border-radius: 24px; }
#overlayTitle { font-size: 48px; font-weight: 600; }
#countdownNumber { font-size: 140px; font-weight: 700; color: #9a5b13; }
#overlayText { font-size: 30px; }
#pinDots { font-size: 48px; letter-spacing: 12px; }
#storyPosition, #hint { font-size: 24px; color: #55606b; }
/* Focus always visible (issue 16): a 4 px ring, #9a5b13 on the light screens (4.8:1 on the
   page), #ffe8a3 on the dark bar and welcome screen (4.9:1 or more); padding shrinks by the
   extra width so nothing moves. */
#touch:focus, #primary:focus, #navArrow:focus, #chip:focus, #pinKey:focus, #searchEdit:focus {
    border: 4px solid #9a5b13; }
#touch:focus, #navArrow:focus, #chip:focus, #pinKey:focus { padding: 6px 20px; }
#primary:focus { padding: 10px 38px; }
#searchEdit:focus { padding: 6px 18px; }
#languageChip:focus { border: 4px solid #ffe8a3; padding: 6px 20px; }
#topBar QPushButton:focus { border: 4px solid #ffe8a3; padding: 4px 24px; }
#hits:focus { border: 4px solid #9a5b13; }
#touchPrompt[focused="true"] { border: 4px solid #ffe8a3; border-radius: 12px; padding: 8px; }
"""
