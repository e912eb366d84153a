# Fraud take-home -- senior-ish approach, quick version (time box 3h)
#
# Data: ~3% fraud. I undersample the legit class to ~1:4 -- but only inside each training fold,
# so the validation folds keep the real 3% prevalence. Compare against a "flag by amount" baseline.

import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

SEED = 31
NEG_PER_POS = 4

raw = pd.read_csv("train.csv")
scoring_set = pd.read_csv("test.csv")

feature_cols = ["merchant_category", "country", "device_type",
                "amount", "hour", "card_age_days", "tx_count_24h"]
cat_cols = feature_cols[:3]


def make_model():
    return make_pipeline(
        make_column_transformer(
            (OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False), cat_cols),
            remainder="passthrough",
        ),
        HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_depth=7, random_state=SEED),
    )


def undersample(frame, seed):
    fraud = frame[frame["is_fraud"] == 1]
    legit = frame[frame["is_fraud"] == 0]
    legit_small = resample(legit, replace=False, n_samples=min(len(legit), NEG_PER_POS * len(fraud)),
                           random_state=seed)
    return pd.concat([fraud, legit_small]).sample(frac=1.0, random_state=seed)


def top_k_metrics(y_true, s, share=0.02):
    k = int(share * len(s))
    top = np.zeros(len(s), dtype=bool)
    top[np.argsort(-s)[:k]] = True
    return precision_score(y_true, top), recall_score(y_true, top)


skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(raw))
for fold, (tr_idx, va_idx) in enumerate(skf.split(raw, raw["is_fraud"])):
    fold_train = undersample(raw.iloc[tr_idx], SEED + fold)
    m = make_model().fit(fold_train[feature_cols], fold_train["is_fraud"])
    oof[va_idx] = m.predict_proba(raw.iloc[va_idx][feature_cols])[:, 1]
    print(f"fold {fold}: train rows {len(fold_train)} (fraud share {fold_train.is_fraud.mean():.2f}), "
          f"val AUC {roc_auc_score(raw.is_fraud.iloc[va_idx], oof[va_idx]):.4f}")

y = raw["is_fraud"].values
baseline_score = raw["amount"].values  # baseline: bigger amount = more suspicious

report = pd.DataFrame(
    {
        "roc_auc": [roc_auc_score(y, baseline_score), roc_auc_score(y, oof)],
        "pr_auc": [average_precision_score(y, baseline_score), average_precision_score(y, oof)],
    },
    index=["baseline_amount_rank", "hgb_undersampled"],
)
print(report.round(4))

for name, s in [("baseline_amount_rank", baseline_score), ("hgb_undersampled", oof)]:
    p_at, r_at = top_k_metrics(y, s)
    print(f"{name}: precision@2% {p_at:.3f}  recall@2% {r_at:.3f}")

# note: undersampling shifts probabilities up; fine for ranking, which is all the review queue needs
ho = raw.assign(p=oof)
print(ho.groupby("merchant_category").apply(
    lambda g: pd.Series({"n": len(g), "fraud": g.is_fraud.sum(), "mean_p_fraud": g.loc[g.is_fraud == 1, "p"].mean()})
).sort_values("fraud", ascending=False).head(10))

final_train = undersample(raw, SEED)
final = make_model().fit(final_train[feature_cols], final_train["is_fraud"])
pd.DataFrame({"transaction_id": scoring_set["transaction_id"],
              "prediction": final.predict_proba(scoring_set[feature_cols])[:, 1]}).to_csv("predictions.csv", index=False)
