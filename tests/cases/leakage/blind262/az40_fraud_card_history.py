"""Card-level profile features for the fraud task.

Idea: fraud clusters on compromised cards, so a card's history is informative.
Card stats are learned from the training split only and mapped onto the test
split (cards unseen in training get the training-wide prior). A plain random
split is fine here: the task defines no time order for scoring.
"""
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

CAT: List[str] = ["merchant_category", "country", "device_type"]
BASE_NUM: List[str] = ["amount", "hour", "card_age_days", "txn_count_24h", "distance_from_home_km"]
CARD_NUM: List[str] = ["card_fraud_rate", "is_night"]


def learn_card_profile(train_df: pd.DataFrame, smoothing: float = 10.0) -> Tuple[pd.DataFrame, float]:
    """Smoothed fraud rate per card, from the rows given."""
    prior = float(train_df["is_fraud"].mean())
    g = train_df.groupby("card_id")
    prof = pd.DataFrame({
        "n": g.size(),
        "fraud_sum": g["is_fraud"].sum(),
    })
    prof["card_fraud_rate"] = (prof["fraud_sum"] + smoothing * prior) / (prof["n"] + smoothing)
    return prof, prior


def apply_card_profile(df: pd.DataFrame, prof: pd.DataFrame, prior: float) -> pd.DataFrame:
    out = df.join(prof[["card_fraud_rate"]], on="card_id")
    out["card_fraud_rate"] = out["card_fraud_rate"].fillna(prior)
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    return out


def model_pipeline():
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT),
        remainder="passthrough",
    )
    return make_pipeline(enc, HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=9))


def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"roc_auc": round(roc_auc_score(y, p), 4), "pr_auc": round(average_precision_score(y, p), 4)}


df = pd.read_csv("train.csv")
print("cards:", df.card_id.nunique(), "txns per card:", round(len(df) / df.card_id.nunique(), 1))

train_df, test_df = train_test_split(df, test_size=0.25, stratify=df["is_fraud"], random_state=9)

# in-sample card rates would include each row's own label, so use out-of-fold rates for the fit rows
oof = []
for part in np.array_split(train_df.sample(frac=1.0, random_state=9), 5):
    rest = train_df.drop(index=part.index)
    prof_k, prior_k = learn_card_profile(rest)
    oof.append(apply_card_profile(part, prof_k, prior_k))
train_feat = pd.concat(oof).loc[train_df.index]

profile, prior = learn_card_profile(train_df)
test_feat = apply_card_profile(test_df, profile, prior)

features = CAT + BASE_NUM + CARD_NUM
gbm = model_pipeline().fit(train_feat[features], train_feat["is_fraud"])
base = DummyClassifier(strategy="prior").fit(train_feat[features], train_feat["is_fraud"])
print("prior baseline:", evaluate(base, test_feat[features], test_feat["is_fraud"]))
print("hgb + card    :", evaluate(gbm, test_feat[features], test_feat["is_fraud"]))
