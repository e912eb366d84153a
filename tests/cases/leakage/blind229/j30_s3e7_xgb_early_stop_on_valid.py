"""Playground S3E7 - reservation cancellation.

XGBoost with early stopping. Three-way split: the validation part drives early
stopping, the holdout part is predicted once with the frozen model.
"""
import pandas as pd
import xgboost as xgb
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 17

train = pd.read_csv("/kaggle/input/playground-series-s3e7/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s3e7/test.csv")
original = pd.read_csv("/kaggle/input/reservation-cancellation-prediction/train__dataset.csv")
original["id"] = -1
df = pd.concat([train, original], ignore_index=True)
df = df.drop_duplicates(subset=[c for c in df.columns if c != "id"])
print(train.shape, original.shape, "->", df.shape)


def feats(d):
    d = d.copy()
    d["total_nights"] = d.no_of_weekend_nights + d.no_of_week_nights
    d["total_guests"] = d.no_of_adults + d.no_of_children
    d["price_per_guest"] = d.avg_price_per_room / d.total_guests.replace(0, 1)
    d["lead_x_price"] = d.lead_time * d.avg_price_per_room
    d["arrival_weekday"] = pd.to_datetime(
        dict(year=d.arrival_year, month=d.arrival_month, day=d.arrival_date), errors="coerce"
    ).dt.weekday.fillna(-1)
    d["has_special_req"] = (d.no_of_special_requests > 0).astype(int)
    return d


df = feats(df)
test = feats(test)
FEATURES = [c for c in df.columns if c not in ("id", "booking_status")]

X_dev, X_hold, y_dev, y_hold = train_test_split(
    df[FEATURES], df.booking_status, test_size=0.2, stratify=df.booking_status, random_state=SEED
)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.2, stratify=y_dev, random_state=SEED)
print(len(X_tr), len(X_val), len(X_hold))

xgb_params = dict(
    n_estimators=5000, learning_rate=0.02, max_depth=7, min_child_weight=3, subsample=0.8,
    colsample_bytree=0.6, reg_lambda=2.0, gamma=0.1, tree_method="hist", eval_metric="auc",
    early_stopping_rounds=200, random_state=SEED,
)
model = xgb.XGBClassifier(**xgb_params)
model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=500)
best_n = model.best_iteration + 1
print("best iteration:", model.best_iteration, "| val AUC:", round(model.best_score, 5))

proba = model.predict_proba(X_hold)[:, 1]
print(f"holdout ROC AUC : {roc_auc_score(y_hold, proba):.5f}")
print(f"holdout logloss : {log_loss(y_hold, proba):.5f}")
print(f"holdout accuracy: {accuracy_score(y_hold, proba > 0.5):.5f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

# submission model: all labelled rows, tree count fixed from the validation run
final_params = {k: v for k, v in xgb_params.items() if k != "early_stopping_rounds"}
final_params["n_estimators"] = int(best_n * 1.1)
final = xgb.XGBClassifier(**final_params).fit(df[FEATURES], df.booking_status)
pd.DataFrame({"id": test.id, "booking_status": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "submission.csv", index=False
)
print("wrote submission.csv with", len(test), "rows")
