# ---------------------------------------------------------------
# E-commerce session conversion - Kaggle playground style
# train.csv: session features + `converted` ; test.csv: same without label
# ---------------------------------------------------------------
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, log_loss

SEED = 42
TARGET = "converted"
CAT_COLS = ["traffic_source", "browser", "device_category", "landing_page_type", "country"]
NUM_COLS = ["pageviews", "time_on_site", "cart_adds", "product_views",
            "search_count", "is_returning", "hour_of_day"]
SMOOTH = 20

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].mean())

for df in (train, test):
    df["views_per_minute"] = df["pageviews"] / (df["time_on_site"] / 60 + 1)
    df["has_cart"] = (df["cart_adds"] > 0).astype(int)
    for c in CAT_COLS:
        df[c] = df[c].fillna("missing")


def smoothed_mean(frame, col, target, prior, alpha=SMOOTH):
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    return (stats["sum"] + alpha * prior) / (stats["count"] + alpha)


# --- target (mean) encoding of the categoricals ---------------------------
prior = train[TARGET].mean()
for c in CAT_COLS:
    mapping = smoothed_mean(train, c, TARGET, prior)
    train[c + "_te"] = train[c].map(mapping)
    test[c + "_te"] = test[c].map(mapping).fillna(prior)

FEATURES = NUM_COLS + ["views_per_minute", "has_cart"] + [c + "_te" for c in CAT_COLS]

# --- 5-fold CV --------------------------------------------------------------
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
base_oof = np.zeros(len(train))
test_pred = np.zeros(len(test))

for fold, (tr_idx, va_idx) in enumerate(skf.split(train, train[TARGET])):
    X_tr = train.iloc[tr_idx][FEATURES]
    y_tr = train.iloc[tr_idx][TARGET]
    X_va = train.iloc[va_idx][FEATURES]
    y_va = train.iloc[va_idx][TARGET]

    model = lgb.LGBMClassifier(
        n_estimators=500, learning_rate=0.05, num_leaves=63,
        colsample_bytree=0.8, subsample=0.8, subsample_freq=1,
        random_state=SEED, verbose=-1,
    )
    model.fit(X_tr, y_tr)
    oof[va_idx] = model.predict_proba(X_va)[:, 1]
    base_oof[va_idx] = y_tr.mean()          # baseline: training conversion rate
    test_pred += model.predict_proba(test[FEATURES])[:, 1] / skf.n_splits
    print(f"fold {fold}: AUC={roc_auc_score(y_va, oof[va_idx]):.4f}")

print(f"CV AUC      : {roc_auc_score(train[TARGET], oof):.4f}")
print(f"CV logloss  : {log_loss(train[TARGET], oof):.4f}")
print(f"baseline logloss (prior only): {log_loss(train[TARGET], base_oof):.4f}")

sub = pd.DataFrame({"id": test["id"], TARGET: test_pred})
sub.to_csv("submission.csv", index=False)
print(sub.head())
