import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

SEED = 2024
N_FOLDS = 5

train = pd.read_csv("train.csv", parse_dates=["requested_at"])
test = pd.read_csv("test.csv", parse_dates=["requested_at"])


def featurize(df):
    out = df.copy()
    out["hour"] = out["requested_at"].dt.hour
    out["is_weekend"] = (out["requested_at"].dt.dayofweek >= 5).astype(int)
    out["eta_bucket"] = np.digitize(out["eta_min"], [2, 5, 8, 12, 20])
    out["fare_per_eta"] = out["price_estimate"] / out["eta_min"].clip(lower=1)
    out["new_rider"] = (out["rider_tenure_days"] < 14).astype(int)
    return pd.get_dummies(out, columns=["pickup_zone", "payment_method", "device"], dtype=int)


train = featurize(train)
test = featurize(test)

# everything except the label, the post-trip rating, the raw timestamp and the rider key
X = train.drop(columns=["cancelled", "driver_rating_after_trip", "requested_at", "rider_id"])
y = train["cancelled"].to_numpy()
groups = train["rider_id"].to_numpy()
print("features:", list(X.columns))

oof = np.zeros(len(train))
fold_auc = []
for k, (tr_idx, va_idx) in enumerate(GroupKFold(n_splits=N_FOLDS).split(X, y, groups)):
    model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                           class_weight="balanced", random_state=SEED)
    model.fit(X.iloc[tr_idx], y[tr_idx])
    oof[va_idx] = model.predict_proba(X.iloc[va_idx])[:, 1]
    fold_auc.append(roc_auc_score(y[va_idx], oof[va_idx]))
    print(f"fold {k}: AUC {fold_auc[-1]:.4f}")

print(f"mean fold AUC {np.mean(fold_auc):.4f} +- {np.std(fold_auc):.4f}")
print(f"OOF AUC {roc_auc_score(y, oof):.4f}  OOF AP {average_precision_score(y, oof):.4f}")
best_f1 = max(f1_score(y, oof >= t) for t in np.arange(0.1, 0.9, 0.05))
print(f"best OOF F1 {best_f1:.4f}")

final = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                       class_weight="balanced", random_state=SEED).fit(X, y)
test_X = test.reindex(columns=X.columns, fill_value=0)
sub = pd.DataFrame({"ride_id": test["ride_id"], "prediction": final.predict_proba(test_X)[:, 1]})
sub.to_csv("predictions.csv", index=False)
