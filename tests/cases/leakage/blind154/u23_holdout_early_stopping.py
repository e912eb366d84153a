"""card-fraud: XGBoost with early stopping.

My own stratified holdout helper (sklearn's is fine too, I just wanted control
over the seed per class)."""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score

task = json.load(open("task.json"))
TARGET, TID = task["target"], task["id_column"]
LEAKY = set(task["leaky_columns"])

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")



def prep(frame):
    X = frame.drop(columns=[c for c in [TARGET, TID, *LEAKY] if c in frame.columns]).copy()
    X["amount_per_txn"] = X["amount"] / (X["txn_count_24h"] + 1)
    X["remote"] = ((X["card_present"] == 0) & (X["distance_from_home_km"] > 50)).astype(int)
    return pd.get_dummies(X, columns=["merchant_category"], prefix="mcc", dtype=int)


def stratified_holdout(y, test_frac=0.2, seed=0):
    """Returns (train_idx, holdout_idx) with the same fraud rate on both sides."""
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    hold = []
    for cls in np.unique(y):
        idx = np.flatnonzero(y == cls)
        hold.append(rng.choice(idx, size=int(round(test_frac * len(idx))), replace=False))
    hold = np.sort(np.concatenate(hold))
    keep = np.setdiff1d(np.arange(len(y)), hold)
    return keep, hold


X = prep(train)
y = train[TARGET].to_numpy()
tr_idx, ho_idx = stratified_holdout(y, test_frac=0.2, seed=13)
X_tr, X_ho, y_tr, y_ho = X.iloc[tr_idx], X.iloc[ho_idx], y[tr_idx], y[ho_idx]
print(len(tr_idx), len(ho_idx), y_tr.mean().round(4), y_ho.mean().round(4))

clf = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=3,
    subsample=0.85,
    colsample_bytree=0.8,
    scale_pos_weight=(1 - y_tr.mean()) / y_tr.mean(),
    eval_metric="aucpr",
    early_stopping_rounds=100,
    tree_method="hist",
    random_state=13,
)
clf.fit(X_tr, y_tr, eval_set=[(X_tr, y_tr), (X_ho, y_ho)], verbose=200)
print("best iteration:", clf.best_iteration)

p_ho = clf.predict_proba(X_ho)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = base.predict_proba(X_ho)[:, 1]

print("holdout AP      %.4f" % average_precision_score(y_ho, p_ho))
print("holdout ROC AUC %.4f" % roc_auc_score(y_ho, p_ho))
print("baseline AP     %.4f" % average_precision_score(y_ho, p_base))
pred_lbl = (p_ho > 0.5).astype(int)
print("precision@0.5 %.3f recall@0.5 %.3f" % (precision_score(y_ho, pred_lbl), recall_score(y_ho, pred_lbl)))

final = xgb.XGBClassifier(**{**clf.get_params(), "n_estimators": clf.best_iteration + 1,
                             "early_stopping_rounds": None})
final.fit(X, y, verbose=False)
pd.DataFrame({TID: test[TID], "prediction": final.predict_proba(prep(test).reindex(columns=X.columns, fill_value=0))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
