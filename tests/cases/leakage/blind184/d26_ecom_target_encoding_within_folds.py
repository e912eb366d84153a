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


def add_target_encoding(fit_df, apply_dfs):
    """Learn smoothed category means on fit_df only and map them onto apply_dfs."""
    prior = fit_df[TARGET].mean()
    out = []
    for frame in apply_dfs:
        frame = frame.copy()
        for c in CAT_COLS:
            mapping = smoothed_mean(fit_df, c, TARGET, prior)
            frame[c + "_te"] = frame[c].map(mapping).fillna(prior)
        out.append(frame)
    return out


FEATURES = NUM_COLS + ["views_per_minute", "has_cart"] + [c + "_te" for c in CAT_COLS]

# --- 5-fold CV --------------------------------------------------------------
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
base_oof = np.zeros(len(train))
test_pred = np.zeros(len(test))

for fold, (tr_idx, va_idx) in enumerate(skf.split(train, train[TARGET])):
    # encodings are learned on the training folds only
    tr_df, va_df, te_df = add_target_encoding(
        train.iloc[tr_idx], [train.iloc[tr_idx], train.iloc[va_idx], test]
    )
    X_tr, y_tr = tr_df[FEATURES], tr_df[TARGET]
    X_va, y_va = va_df[FEATURES], va_df[TARGET]

    model = lgb.LGBMClassifier(
        n_estimators=500, learning_rate=0.05, num_leaves=63,
        colsample_bytree=0.8, subsample=0.8, subsample_freq=1,
        random_state=SEED, verbose=-1,
    )
    model.fit(X_tr, y_tr)
    oof[va_idx] = model.predict_proba(X_va)[:, 1]
    base_oof[va_idx] = y_tr.mean()          # baseline: training conversion rate
    test_pred += model.predict_proba(te_df[FEATURES])[:, 1] / skf.n_splits
    print(f"fold {fold}: AUC={roc_auc_score(y_va, oof[va_idx]):.4f}")

print(f"CV AUC      : {roc_auc_score(train[TARGET], oof):.4f}")
print(f"CV logloss  : {log_loss(train[TARGET], oof):.4f}")
print(f"baseline logloss (prior only): {log_loss(train[TARGET], base_oof):.4f}")

sub = pd.DataFrame({"id": test["id"], TARGET: test_pred})
sub.to_csv("submission.csv", index=False)
print(sub.head())
