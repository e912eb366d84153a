# Fraud take-home -- senior-ish approach, quick version (time box 3h)
#
# Data: ~3% fraud. Instead of SMOTE (synthetic points in one-hot space look weird) I just
# repeat the fraud rows so the classifier sees a ~1:4 ratio. Evaluate on a stratified 25% holdout,
# compare with a "flag by amount" baseline ranking.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

SEED = 31
UPSAMPLE = 8

raw = pd.read_csv("train.csv")
scoring_set = pd.read_csv("test.csv")

feature_cols = ["merchant_category", "country", "device_type",
                "amount", "hour", "card_age_days", "tx_count_24h"]
cat_cols = feature_cols[:3]

fraud = raw[raw["is_fraud"] == 1]
legit = raw[raw["is_fraud"] == 0]
print(f"fraud={len(fraud)} legit={len(legit)}")

balanced = pd.concat([legit] + [fraud] * UPSAMPLE, ignore_index=True)
balanced = balanced.sample(frac=1.0, random_state=SEED).reset_index(drop=True)
print("after upsampling:", balanced["is_fraud"].value_counts().to_dict())

X = balanced[feature_cols]
y = balanced["is_fraud"]
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

model = make_pipeline(
    make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False), cat_cols),
        remainder="passthrough",
    ),
    HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_depth=7, random_state=SEED),
)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_ho)[:, 1]

baseline_score = X_ho["amount"].values  # baseline: bigger amount = more suspicious

report = pd.DataFrame(
    {
        "roc_auc": [roc_auc_score(y_ho, baseline_score), roc_auc_score(y_ho, p)],
        "pr_auc": [average_precision_score(y_ho, baseline_score), average_precision_score(y_ho, p)],
    },
    index=["baseline_amount_rank", "hgb_upsampled"],
)
print(report.round(4))

# review budget: top 2% of holdout volume
for name, s in [("baseline_amount_rank", baseline_score), ("hgb_upsampled", p)]:
    k = int(0.02 * len(s))
    top = np.zeros(len(s), dtype=bool)
    top[np.argsort(-s)[:k]] = True
    print(f"{name}: precision@2% {precision_score(y_ho, top):.3f}  recall@2% {recall_score(y_ho, top):.3f}")

# error analysis by merchant
ho = X_ho.assign(y=y_ho.values, p=p)
print(ho.groupby("merchant_category").apply(
    lambda g: pd.Series({"n": len(g), "fraud": g.y.sum(), "mean_p_fraud": g.loc[g.y == 1, "p"].mean()})
).sort_values("fraud", ascending=False).head(10))

model.fit(X, y)
pd.DataFrame({"transaction_id": scoring_set["transaction_id"],
              "prediction": model.predict_proba(scoring_set[feature_cols])[:, 1]}).to_csv("predictions.csv", index=False)
