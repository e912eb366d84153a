#!/usr/bin/env python
"""Own Elo implementation for the home-win task.

The provided Elo columns use an unknown K-factor, so I rebuild ratings from the results
with K=20 and a home advantage term, then feed the ratings + closing odds to a GBM.
"""
import collections

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score

K = 20.0
HFA = 60.0
START = 1500.0


def expected(r_a, r_b):
    return 1.0 / (1.0 + 10 ** ((r_b - r_a) / 400.0))


def run_elo(matches):
    ratings = collections.defaultdict(lambda: START)
    home_r, away_r = [], []
    for row in matches.itertuples(index=False):
        rh, ra = ratings[row.home_team], ratings[row.away_team]
        e_home = expected(rh + HFA, ra)
        if row.home_goals > row.away_goals:
            s_home = 1.0
        elif row.home_goals == row.away_goals:
            s_home = 0.5
        else:
            s_home = 0.0
        margin = np.log1p(abs(row.home_goals - row.away_goals)) + 1.0
        delta = K * margin * (s_home - e_home)
        ratings[row.home_team] = rh + delta
        ratings[row.away_team] = ra - delta
        home_r.append(ratings[row.home_team])
        away_r.append(ratings[row.away_team])
    out = matches.copy()
    out["elo_h"] = home_r
    out["elo_a"] = away_r
    return out, dict(ratings)


def main():
    matches = pd.read_csv("train.csv", parse_dates=["kickoff_date"])
    matches = matches.sort_values("kickoff_date").reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=["kickoff_date"])

    matches, final_ratings = run_elo(matches)
    matches["elo_d"] = matches["elo_h"] - matches["elo_a"]
    matches["p_elo"] = expected(matches["elo_h"] + HFA, matches["elo_a"])
    matches["imp_h"] = (1 / matches["odds_home_close"]) / (
        1 / matches["odds_home_close"] + 1 / matches["odds_draw_close"] + 1 / matches["odds_away_close"])

    cols = ["elo_h", "elo_a", "elo_d", "p_elo", "imp_h", "home_rest_days", "away_rest_days"]

    # first two seasons are burn-in for the ratings
    seasons = sorted(matches["season"].unique())
    burn_in, val_season = seasons[:2], seasons[-1]
    fit_rows = matches[~matches["season"].isin(burn_in) & (matches["season"] != val_season)]
    val_rows = matches[matches["season"] == val_season]

    clf = GradientBoostingClassifier(n_estimators=250, max_depth=2, learning_rate=0.05, random_state=3)
    clf.fit(fit_rows[cols], fit_rows["home_win"])
    p = clf.predict_proba(val_rows[cols])[:, 1]

    base_acc = accuracy_score(val_rows["home_win"], np.ones(len(val_rows)))
    print(f"baseline (always home win) accuracy: {base_acc:.3f}")
    print(f"model accuracy: {accuracy_score(val_rows['home_win'], p > 0.5):.3f}")
    print(f"model log loss: {log_loss(val_rows['home_win'], p):.4f}  auc: {roc_auc_score(val_rows['home_win'], p):.4f}")

    # test matches: current rating of each team after the last training match
    test["elo_h"] = test["home_team"].map(final_ratings).fillna(START)
    test["elo_a"] = test["away_team"].map(final_ratings).fillna(START)
    test["elo_d"] = test["elo_h"] - test["elo_a"]
    test["p_elo"] = expected(test["elo_h"] + HFA, test["elo_a"])
    test["imp_h"] = (1 / test["odds_home_close"]) / (
        1 / test["odds_home_close"] + 1 / test["odds_draw_close"] + 1 / test["odds_away_close"])
    clf.fit(matches[~matches["season"].isin(burn_in)][cols],
            matches[~matches["season"].isin(burn_in)]["home_win"])
    pd.DataFrame({"match_id": test["match_id"], "prediction": clf.predict_proba(test[cols])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
