"""Home-win model with team form features.

Form = average league points over the team's last 5 matches (home or away).
Matches are reshaped to one row per team per match, rolled per team, then joined back
onto the match as home_form / away_form.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import log_loss, roc_auc_score, brier_score_loss

N_FORM = 5


def load():
    train = pd.read_csv("train.csv", parse_dates=["kickoff_date"])
    test = pd.read_csv("test.csv", parse_dates=["kickoff_date"])
    return train, test


def team_long(matches):
    """One row per (match, team) with the points that team took from the match."""
    home = matches[["match_id", "kickoff_date", "home_team", "home_goals", "away_goals"]].rename(
        columns={"home_team": "team", "home_goals": "gf", "away_goals": "ga"})
    home["side"] = "home"
    away = matches[["match_id", "kickoff_date", "away_team", "away_goals", "home_goals"]].rename(
        columns={"away_team": "team", "away_goals": "gf", "home_goals": "ga"})
    away["side"] = "away"
    long = pd.concat([home, away], ignore_index=True)
    long["points"] = np.select([long.gf > long.ga, long.gf == long.ga], [3, 1], 0)
    long["gd"] = long["gf"] - long["ga"]
    return long.sort_values(["team", "kickoff_date"])


def add_form(matches):
    long = team_long(matches)
    g = long.groupby("team")
    long["form_pts"] = g["points"].transform(lambda s: s.rolling(N_FORM, min_periods=1).mean())
    long["form_gd"] = g["gd"].transform(lambda s: s.rolling(N_FORM, min_periods=1).mean())

    wide = long.pivot_table(index="match_id", columns="side", values=["form_pts", "form_gd"])
    wide.columns = [f"{side}_{stat}" for stat, side in wide.columns]
    return matches.merge(wide.reset_index(), on="match_id", how="left")


def implied_home_prob(df):
    inv = 1 / df[["odds_home_close", "odds_draw_close", "odds_away_close"]]
    return inv["odds_home_close"] / inv.sum(axis=1)


def main():
    train, test = load()
    train = add_form(train.sort_values("kickoff_date"))
    train["p_home_book"] = implied_home_prob(train)
    train["elo_diff"] = train["home_elo_pre"] - train["away_elo_pre"]

    features = ["p_home_book", "elo_diff", "home_form_pts", "away_form_pts",
                "home_form_gd", "away_form_gd", "home_rest_days", "away_rest_days"]

    last = train["season"].max()
    tr = train[train["season"] < last]
    va = train[train["season"] == last]
    print(f"train {len(tr)} matches, valid {len(va)} matches (season {last})")

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15)
    model.fit(tr[features], tr["home_win"])
    p = model.predict_proba(va[features])[:, 1]

    book = va["p_home_book"].clip(1e-6, 1 - 1e-6)
    print("bookmaker baseline  logloss %.4f  auc %.4f  brier %.4f" % (
        log_loss(va["home_win"], book), roc_auc_score(va["home_win"], book),
        brier_score_loss(va["home_win"], book)))
    print("model               logloss %.4f  auc %.4f  brier %.4f" % (
        log_loss(va["home_win"], p), roc_auc_score(va["home_win"], p),
        brier_score_loss(va["home_win"], p)))

    # final: form for test matches comes from each team's latest form in train
    model.fit(train[features], train["home_win"])
    last_form = (team_long(train).assign(form_pts=lambda d: d.groupby("team")["points"].transform(
        lambda s: s.rolling(N_FORM, min_periods=1).mean()), form_gd=lambda d: d.groupby("team")["gd"].transform(
        lambda s: s.rolling(N_FORM, min_periods=1).mean())).groupby("team")[["form_pts", "form_gd"]].last())
    test = test.join(last_form.add_prefix("home_"), on="home_team").join(last_form.add_prefix("away_"), on="away_team")
    test["p_home_book"] = implied_home_prob(test)
    test["elo_diff"] = test["home_elo_pre"] - test["away_elo_pre"]
    pd.DataFrame({"match_id": test["match_id"],
                  "prediction": model.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
