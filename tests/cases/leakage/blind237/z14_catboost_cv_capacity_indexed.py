"""
CatBoost fraud model, 5-fold stratified CV.

Ops constraint: the review team clears ~150 alerts per 10,000 transactions (1.5%).
So the metric that matters is precision / recall / fraud dollars within the top 1.5%
of scores, plus PR-AUC. Compared against the current rule ("amount > 900 or
card younger than 7 days") as the baseline.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import average_precision_score, roc_auc_score

CAPACITY = 0.015
N_SPLITS = 5

# transaction_id is just a key -> index, never a feature
df = pd.read_csv("train.csv", index_col="transaction_id")
target = df.pop("is_fraud")

cat_features = ["merchant_category", "country", "device_type"]
# everything that is not categorical, minus the card key and the post-hoc chargeback flag
numeric = df[[c for c in df.columns if c not in cat_features + ["card_id", "chargeback_flag"]]]
X = pd.concat([numeric, df[cat_features].astype(str)], axis=1)
print("features:", list(X.columns))


def at_capacity(y_true, score, amount, cap=CAPACITY):
    k = max(1, int(round(cap * len(score))))
    top = np.argsort(-score)[:k]
    hits = y_true[top]
    return {
        "prec@cap": hits.mean(),
        "recall@cap": hits.sum() / max(1, y_true.sum()),
        "fraud$@cap": amount[top][hits == 1].sum() / max(1.0, amount[y_true == 1].sum()),
    }


def rule_baseline(frame):
    # what the analysts do today; as a score so it can be ranked
    return ((frame["amount"] > 900) | (frame["card_age_days"] < 7)).astype(float) + frame["amount"] / 1e6


skf = StratifiedKFold(n_splits=N_SPLITS, shuffle=True, random_state=5)
rows = []
for fold, (tr_idx, va_idx) in enumerate(skf.split(X, target)):
    X_tr, X_va = X.iloc[tr_idx], X.iloc[va_idx]
    y_tr, y_va = target.iloc[tr_idx].values, target.iloc[va_idx].values
    amt_va = X_va["amount"].values

    model = CatBoostClassifier(
        iterations=800, depth=6, learning_rate=0.05, l2_leaf_reg=5,
        auto_class_weights="SqrtBalanced", eval_metric="PRAUC",
        cat_features=cat_features, random_seed=fold, verbose=0)
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]
    b = rule_baseline(X_va).values

    for name, s in [("catboost", p), ("baseline_rule", b)]:
        r = {"fold": fold, "model": name,
             "pr_auc": average_precision_score(y_va, s),
             "roc_auc": roc_auc_score(y_va, s)}
        r.update(at_capacity(y_va, s, amt_va))
        rows.append(r)
    print(f"fold {fold}: catboost PR-AUC {rows[-2]['pr_auc']:.4f}  rule {rows[-1]['pr_auc']:.4f}")

res = pd.DataFrame(rows)
summary = res.groupby("model").agg(["mean", "std"]).drop(columns="fold")
print(summary.round(4).T)

# feature importances from the last fold model
fi = pd.Series(model.get_feature_importance(), index=X.columns).sort_values(ascending=False)
print(fi)

# final fit + submission
final = CatBoostClassifier(
    iterations=800, depth=6, learning_rate=0.05, l2_leaf_reg=5,
    auto_class_weights="SqrtBalanced", cat_features=cat_features, random_seed=0, verbose=0)
final.fit(X, target)
test = pd.read_csv("test.csv", index_col="transaction_id")
X_test = pd.concat([test[numeric.columns], test[cat_features].astype(str)], axis=1)
pd.DataFrame({"is_fraud": final.predict_proba(X_test)[:, 1]},
             index=test.index).to_csv("predictions.csv", index_label="transaction_id")
print("saved predictions.csv")
