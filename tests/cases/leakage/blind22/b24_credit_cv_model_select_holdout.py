"""Loans: compare GBDT libraries by 5-fold OOF on the dev part, score the pick once on the holdout."""
import numpy as np
import pandas as pd
import lightgbm as lgb
import xgboost as xgb
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

SEED = 2020
TARGET = "bad_loan"

df = pd.read_csv("loans.csv")
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
df["emp_length_years"] = df["emp_length"].str.extract(r"(\d+)").astype(float)
df["installment_to_income"] = df["installment"] * 12 / df["annual_inc"].clip(lower=1)
df["fico_mid"] = (df["fico_range_low"] + df["fico_range_high"]) / 2
df = pd.get_dummies(df, columns=["grade", "home_ownership", "purpose"], dtype=np.uint8)
X = df.drop(columns=[TARGET, "id", "term", "emp_length", "zip_code", "emp_title", "verification_status"])
y = df[TARGET].values

X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)


def make_lgb():
    return lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=40, min_child_samples=100,
                              colsample_bytree=0.6, subsample=0.8, subsample_freq=1, random_state=SEED, verbose=-1)


def make_xgb():
    return xgb.XGBClassifier(n_estimators=5000, learning_rate=0.02, max_depth=6, subsample=0.8,
                             colsample_bytree=0.6, tree_method="hist", eval_metric="auc",
                             early_stopping_rounds=200, random_state=SEED)


def make_cat():
    return CatBoostClassifier(iterations=5000, learning_rate=0.04, depth=6, eval_metric="AUC",
                              random_seed=SEED, verbose=0, early_stopping_rounds=200)


def fit_es(name, model, X_a, y_a, X_b, y_b):
    if name == "lgbm":
        model.fit(X_a, y_a, eval_set=[(X_b, y_b)], callbacks=[lgb.early_stopping(200, verbose=False)])
        return model.best_iteration_
    if name == "xgb":
        model.fit(X_a, y_a, eval_set=[(X_b, y_b)], verbose=False)
        return model.best_iteration + 1
    model.fit(X_a, y_a, eval_set=(X_b, y_b))
    return model.get_best_iteration() + 1


factories = {"lgbm": make_lgb, "xgb": make_xgb, "catboost": make_cat}
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
table, best_iters = [], {}
for name, factory in factories.items():
    oof = np.zeros(len(y_dev))
    its = []
    for tr, va in skf.split(X_dev, y_dev):
        m = factory()
        its.append(fit_es(name, m, X_dev.iloc[tr], y_dev[tr], X_dev.iloc[va], y_dev[va]))
        oof[va] = m.predict_proba(X_dev.iloc[va])[:, 1]
    best_iters[name] = int(np.mean(its) * 1.1)
    table.append({"model": name, "oof_auc": roc_auc_score(y_dev, oof), "iters": best_iters[name]})

table = pd.DataFrame(table).sort_values("oof_auc", ascending=False)
print(table.to_string(index=False))
winner = table.iloc[0]["model"]

final = factories[winner]()
if winner == "lgbm":
    final.set_params(n_estimators=best_iters[winner])
elif winner == "xgb":
    final.set_params(n_estimators=best_iters[winner], early_stopping_rounds=None)
else:
    final.set_params(iterations=best_iters[winner], early_stopping_rounds=None)
final.fit(X_dev, y_dev)
print(f"{winner}: holdout AUC {roc_auc_score(y_hold, final.predict_proba(X_hold)[:, 1]):.4f}")
