import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.metrics import log_loss, roc_auc_score, accuracy_score

# ---------------------------------------------------------------
# load
# ---------------------------------------------------------------
train = pd.read_csv("train.csv", parse_dates=["kickoff_date"])
test = pd.read_csv("test.csv", parse_dates=["kickoff_date"])

for d in (train, test):
    d["elo_diff"] = d["home_elo_pre"] - d["away_elo_pre"]
    tot = 1 / d["odds_home_close"] + 1 / d["odds_draw_close"] + 1 / d["odds_away_close"]
    d["prob_home"] = (1 / d["odds_home_close"]) / tot
    d["prob_away"] = (1 / d["odds_away_close"]) / tot
    d["prob_draw"] = (1 / d["odds_draw_close"]) / tot
    d["rest_diff"] = d["home_rest_days"] - d["away_rest_days"]
    d["league"] = d["league"].astype("category")

FEATURES = ["elo_diff", "home_elo_pre", "away_elo_pre", "prob_home", "prob_away", "prob_draw",
            "rest_diff", "home_rest_days", "away_rest_days", "league"]

# ---------------------------------------------------------------
# model
# ---------------------------------------------------------------
params = dict(
    objective="binary",
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=40,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    reg_lambda=1.0,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(train[FEATURES], train["home_win"])

p_train = model.predict_proba(train[FEATURES])[:, 1]
print("Performance")
print("-----------")
print(f"log loss : {log_loss(train['home_win'], p_train):.4f}")
print(f"ROC AUC  : {roc_auc_score(train['home_win'], p_train):.4f}")
print(f"accuracy : {accuracy_score(train['home_win'], p_train > 0.5):.4f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print("\nfeature importance (split count)")
print(imp.to_string())

# ---------------------------------------------------------------
# submission
# ---------------------------------------------------------------
test["league"] = pd.Categorical(test["league"], categories=train["league"].cat.categories)
pred = model.predict_proba(test[FEATURES])[:, 1]
pd.DataFrame({"match_id": test["match_id"], "prediction": np.clip(pred, 0.01, 0.99)}).to_csv(
    "predictions.csv", index=False)
print("\nsaved predictions.csv with", len(pred), "rows")
