import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, accuracy_score

matches = pd.read_csv("epl_matches.csv", parse_dates=["date"])
matches = matches.sort_values("date").reset_index(drop=True)
matches["home_win"] = (matches["home_goals"] > matches["away_goals"]).astype(int)

# long format: one row per team per match, to compute form from earlier games only
home = matches[["date", "season", "home_team", "home_goals", "away_goals"]].rename(
    columns={"home_team": "team", "home_goals": "gf", "away_goals": "ga"})
away = matches[["date", "season", "away_team", "away_goals", "home_goals"]].rename(
    columns={"away_team": "team", "away_goals": "gf", "home_goals": "ga"})
long = pd.concat([home, away]).sort_values("date")
long["form_gf"] = long.groupby("team")["gf"].transform(lambda s: s.shift(1).rolling(5, min_periods=1).mean())
long["form_ga"] = long.groupby("team")["ga"].transform(lambda s: s.shift(1).rolling(5, min_periods=1).mean())

matches = matches.merge(long[["date", "team", "form_gf", "form_ga"]].add_prefix("h_"),
                        left_on=["date", "home_team"], right_on=["h_date", "h_team"])
matches = matches.merge(long[["date", "team", "form_gf", "form_ga"]].add_prefix("a_"),
                        left_on=["date", "away_team"], right_on=["a_date", "a_team"]).dropna()

features = ["h_form_gf", "h_form_ga", "a_form_gf", "a_form_ga"]
train = matches[matches["season"] < 2022]
test = matches[matches["season"] >= 2022]
clf = LogisticRegression().fit(train[features], train["home_win"])
p = clf.predict_proba(test[features])[:, 1]
print("log loss", log_loss(test["home_win"], p), "home-win rate baseline", log_loss(test["home_win"], np.full(len(test), train["home_win"].mean())))
