# Predicting Arsenal wins from recent form
# data: football-data.co.uk Premier League files E0_2010.csv ... E0_2023.csv
import glob

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TEAM = "Arsenal"
BIG6 = {"Man City", "Man United", "Liverpool", "Chelsea", "Tottenham", "Arsenal"}
COLS = ["Date", "HomeTeam", "AwayTeam", "FTHG", "FTAG", "HS", "AS", "HST", "AST"]

frames = []
for f in sorted(glob.glob("data/E0_*.csv")):
    season = pd.read_csv(f, usecols=COLS, encoding="latin-1")
    frames.append(season)
games = pd.concat(frames, ignore_index=True).dropna(subset=["FTHG", "FTAG"])
games["Date"] = pd.to_datetime(games["Date"], dayfirst=True)

m = games[(games.HomeTeam == TEAM) | (games.AwayTeam == TEAM)].copy()
home = m.HomeTeam == TEAM
m["is_home"] = home.astype(int)
m["opponent"] = np.where(home, m.AwayTeam, m.HomeTeam)
m["gf"] = np.where(home, m.FTHG, m.FTAG)
m["ga"] = np.where(home, m.FTAG, m.FTHG)
m["shots_for"] = np.where(home, m.HS, m.AS)
m["shots_against"] = np.where(home, m.AS, m.HS)
m["sot_for"] = np.where(home, m.HST, m.AST)
m["points"] = np.select([m.gf > m.ga, m.gf == m.ga], [3, 1], default=0)
m["win"] = (m.gf > m.ga).astype(int)
m["opp_big6"] = m["opponent"].isin(BIG6).astype(int)

# most recent match first, like the fixtures page
m = m.sort_values("Date", ascending=False).reset_index(drop=True)

# form over the previous five matches
for col in ["gf", "ga", "points", "shots_for", "shots_against", "sot_for"]:
    m[f"{col}_form5"] = m[col].shift(1).rolling(5, min_periods=3).mean()
m["rest_days"] = m["Date"].diff().dt.days.abs().clip(upper=30)
m = m.dropna()

FEATURES = ["is_home", "opp_big6", "rest_days"] + [c for c in m.columns if c.endswith("_form5")]
print(m[["Date", "opponent", "gf", "ga", "win"] + FEATURES].head(10))

cutoff = pd.Timestamp("2021-07-01")
train = m[m.Date < cutoff]
test = m[m.Date >= cutoff]
print(f"train {len(train)} matches, test {len(test)} matches")

X_train, y_train = train[FEATURES], train["win"]
X_test, y_test = test[FEATURES], test["win"]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=1000))
model.fit(X_train, y_train)

for name, est in [("baseline", baseline), ("logreg", model)]:
    proba = est.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    auc = roc_auc_score(y_test, proba) if name != "baseline" else 0.5
    print(f"{name:9s} acc={accuracy_score(y_test, pred):.3f} "
          f"logloss={log_loss(y_test, proba):.3f} auc={auc:.3f}")

coef = pd.Series(model[-1].coef_[0], index=FEATURES).sort_values()
print(coef)
