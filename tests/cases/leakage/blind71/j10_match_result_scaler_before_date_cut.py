# home_win take-home -- MLP on pre-match features
# usage: python j10_match_result_scaler_before_date_cut.py

import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, log_loss, f1_score

CUTOFF = "2022-07-01"

df = pd.read_csv("train.csv", parse_dates=["kickoff_date"])
test = pd.read_csv("test.csv", parse_dates=["kickoff_date"])
df = df.sort_values("kickoff_date").reset_index(drop=True)
print("rows:", len(df), "| date range:", df.kickoff_date.min().date(), "->", df.kickoff_date.max().date())


def feats(d):
    f = pd.DataFrame(index=d.index)
    f["log_odds_h"] = np.log(d["odds_home_close"])
    f["log_odds_d"] = np.log(d["odds_draw_close"])
    f["log_odds_a"] = np.log(d["odds_away_close"])
    f["elo_h"] = d["home_elo_pre"]
    f["elo_a"] = d["away_elo_pre"]
    f["elo_diff"] = d["home_elo_pre"] - d["away_elo_pre"]
    f["rest_h"] = d["home_rest_days"].clip(upper=14)
    f["rest_a"] = d["away_rest_days"].clip(upper=14)
    f["midweek"] = d["kickoff_date"].dt.dayofweek.between(1, 3).astype(int)
    return f


F = feats(df)
F = F.fillna(F.median())

scaler = StandardScaler()
Z = pd.DataFrame(scaler.fit_transform(F), columns=F.columns, index=F.index)

past = df["kickoff_date"] < CUTOFF
Z_tr, y_tr = Z[past], df.loc[past, "home_win"]
Z_te, y_te = Z[~past], df.loc[~past, "home_win"]
print("train:", Z_tr.shape, "test:", Z_te.shape)

mlp = MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, max_iter=500,
                    early_stopping=True, validation_fraction=0.15, random_state=1)
mlp.fit(Z_tr, y_tr)
p = mlp.predict_proba(Z_te)[:, 1]

print("ROC AUC : %.4f" % roc_auc_score(y_te, p))
print("log loss: %.4f" % log_loss(y_te, p))
print("F1@0.5  : %.4f" % f1_score(y_te, p > 0.5))

# refit on everything for the submission
mlp.fit(Z, df["home_win"])
F_test = feats(test).fillna(F.median())
Z_test = scaler.transform(F_test)
pd.DataFrame({"match_id": test["match_id"], "prediction": mlp.predict_proba(Z_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
