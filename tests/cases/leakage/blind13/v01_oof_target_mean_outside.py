"""Insurance claim prediction - 5-fold OOF LightGBM.

Kaggle-style script: train.csv has labels, test.csv is the submission set.
Mean-encoding of the high cardinality categoricals (smoothed), then OOF LGBM.
"""
import warnings

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

warnings.filterwarnings("ignore")

SEED = 42
N_FOLDS = 5
TARGET = "is_claim"

train = pd.read_csv("input/train.csv")
test = pd.read_csv("input/test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True))

CAT_COLS = ["vehicle_make", "model_segment", "fuel_type", "region_code", "policy_type"]
NUM_COLS = ["policy_tenure", "age_of_car", "age_of_policyholder", "population_density",
            "airbags", "displacement", "ncap_rating"]

# quick look at cardinalities
for c in CAT_COLS:
    print(c, train[c].nunique())


def smoothed_mean(df, col, target, alpha=20):
    """Blend the category mean with the global mean (alpha = pseudo-count)."""
    global_mean = df[target].mean()
    agg = df.groupby(col)[target].agg(["mean", "count"])
    smooth = (agg["count"] * agg["mean"] + alpha * global_mean) / (agg["count"] + alpha)
    return smooth, global_mean


for c in CAT_COLS:
    mapping, gm = smoothed_mean(train, c, TARGET)
    train[c + "_te"] = train[c].map(mapping)
    test[c + "_te"] = test[c].map(mapping).fillna(gm)

# ratio features
for df in (train, test):
    df["car_to_owner_age"] = df["age_of_car"] / (df["age_of_policyholder"] + 1e-3)
    df["tenure_x_density"] = df["policy_tenure"] * np.log1p(df["population_density"])

FEATURES = NUM_COLS + [c + "_te" for c in CAT_COLS] + ["car_to_owner_age", "tenure_x_density"]

params = dict(
    objective="binary",
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    lambda_l2=1.0,
    verbose=-1,
    seed=SEED,
)

X = train[FEATURES]
y = train[TARGET]
oof = np.zeros(len(train))
test_pred = np.zeros(len(test))

skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=SEED)
for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    dtr = lgb.Dataset(X.iloc[tr_idx], y.iloc[tr_idx])
    dva = lgb.Dataset(X.iloc[va_idx], y.iloc[va_idx])
    model = lgb.train(params, dtr, num_boost_round=800)
    oof[va_idx] = model.predict(X.iloc[va_idx])
    test_pred += model.predict(test[FEATURES]) / N_FOLDS
    print(f"fold {fold}: auc={roc_auc_score(y.iloc[va_idx], oof[va_idx]):.4f}")

print("OOF AUC:", roc_auc_score(y, oof))

# feature importance of the last fold, just to eyeball
imp = pd.Series(model.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

sub = pd.DataFrame({"policy_id": test["policy_id"], TARGET: test_pred})
sub.to_csv("submission.csv", index=False)
