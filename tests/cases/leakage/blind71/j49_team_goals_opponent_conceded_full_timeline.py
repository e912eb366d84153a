# Team goals per match -- random forest with attack / defence strength ratings.
#
# attack strength  : how many goals the team scores on average
# defence weakness : how many goals the opponent concedes on average (i.e. what teams score against it)
# both relative to the league average, in the spirit of the Dixon-Coles / Maher ratings.

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["match_date"])
test = pd.read_csv("test.csv", parse_dates=["match_date"])
df = df.sort_values("match_date").reset_index(drop=True)

league_avg = df["goals"].mean()
attack = df.groupby(["season", "team"])["goals"].mean() / league_avg
defence = df.groupby(["season", "opponent"])["goals"].mean() / league_avg

df = df.join(attack.rename("attack_strength"), on=["season", "team"])
df = df.join(defence.rename("opp_defence_weakness"), on=["season", "opponent"])

df["elo_diff"] = df["team_elo_pre"] - df["opp_elo_pre"]
df["p_win"] = 1 / df["odds_win_close"]
df["p_over"] = 1 / df["odds_over25_close"]

cols = ["attack_strength", "opp_defence_weakness", "elo_diff", "p_win", "p_over", "is_home", "rest_days"]

split = df["match_date"].iloc[int(len(df) * 0.8)]
train_part = df[df["match_date"] < split]
valid_part = df[df["match_date"] >= split]
print(f"train < {split.date()}: {len(train_part)} rows | valid: {len(valid_part)} rows")

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=20, max_features=0.7, n_jobs=-1, random_state=4)
rf.fit(train_part[cols], train_part["goals"])
pred = rf.predict(valid_part[cols])

print("MAE  :", round(mean_absolute_error(valid_part["goals"], pred), 4))
print("RMSE :", round(np.sqrt(mean_squared_error(valid_part["goals"], pred)), 4))
for c, imp in sorted(zip(cols, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {c:22s} {imp:.3f}")

# test: latest season ratings; unseen teams -> 1.0
last = df["season"].max()
test = test.join(attack.xs(last, level="season").rename("attack_strength"), on="team")
test = test.join(defence.xs(last, level="season").rename("opp_defence_weakness"), on="opponent")
test[["attack_strength", "opp_defence_weakness"]] = test[["attack_strength", "opp_defence_weakness"]].fillna(1.0)
test["elo_diff"] = test["team_elo_pre"] - test["opp_elo_pre"]
test["p_win"] = 1 / test["odds_win_close"]
test["p_over"] = 1 / test["odds_over25_close"]

rf.fit(df[cols], df["goals"])
pd.DataFrame({"team_match_id": test["team_match_id"], "prediction": rf.predict(test[cols])}) \
    .to_csv("predictions.csv", index=False)
