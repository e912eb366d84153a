# Upsets: engineered ratio/difference features, correlation filter, XGBoost.
# The filter is computed on the training split, then applied to the validation split.
import itertools

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import f1_score, roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

BASE = ["fav_odds_open", "dog_odds_open", "fav_odds_close", "dog_odds_close", "fav_elo", "dog_elo",
        "fav_rest_days", "dog_rest_days", "fav_missing_starters", "dog_missing_starters"]
MIN_ABS_CORR = 0.03


def expand(d):
    out = d[BASE + ["dog_is_home", "derby"]].copy()
    for a, b in itertools.combinations(BASE, 2):
        out[f"{a}__minus__{b}"] = d[a] - d[b]
        out[f"{a}__over__{b}"] = d[a] / d[b].replace(0, np.nan)
    return out.replace([np.inf, -np.inf], np.nan)


def corr_filter(F, y, thresh=MIN_ABS_CORR):
    corr = F.corrwith(y).abs().sort_values(ascending=False)
    return corr[corr > thresh].index.tolist(), corr


def make_model(y):
    spw = (y == 0).sum() / (y == 1).sum()
    return xgb.XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8,
                             colsample_bytree=0.7, scale_pos_weight=spw, eval_metric="auc", random_state=2)


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
F = expand(df)
y = df["upset"]

F_tr, F_te, y_tr, y_te = train_test_split(F, y, test_size=0.2, stratify=y, random_state=2)
selected, corr = corr_filter(F_tr, y_tr)
print(f"{len(selected)}/{F.shape[1]} features kept; top 10:")
print(corr.head(10).round(4).to_string())

model = make_model(y_tr)
model.fit(F_tr[selected], y_tr)
proba = model.predict_proba(F_te[selected])[:, 1]
print("ROC AUC :", round(roc_auc_score(y_te, proba), 4))
print("PR AUC  :", round(average_precision_score(y_te, proba), 4))
print("F1 @0.5 :", round(f1_score(y_te, proba > 0.5), 4))

# final model: filter + fit on all labelled rows
selected_all, _ = corr_filter(F, y)
final = make_model(y)
final.fit(F[selected_all], y)
pd.DataFrame({"match_id": test["match_id"], "prediction": final.predict_proba(expand(test)[selected_all])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
