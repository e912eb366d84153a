"""Hotel cancellations: recursive feature selection with CatBoost, then a final model."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, EFeaturesSelectionAlgorithm, EShapCalcType, Pool
from sklearn.metrics import f1_score, roc_auc_score

TARGET = "is_canceled"
CAT_COLS = [
    "hotel", "meal", "country", "market_segment", "distribution_channel",
    "reserved_room_type", "deposit_type", "agent", "customer_type",
]

df = pd.read_csv("train.csv", parse_dates=["arrival_date"])
test = pd.read_csv("test.csv", parse_dates=["arrival_date"])
df = df.drop(columns=["reservation_status", "reservation_status_date"])

for d in (df, test):
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["arrival_month"] = d["arrival_date"].dt.month
    d["arrival_week"] = d["arrival_date"].dt.isocalendar().week.astype(int)
    d["arrival_dow"] = d["arrival_date"].dt.dayofweek
    d["total_nights"] = d["stays_in_weekend_nights"] + d["stays_in_week_nights"]
    d["guests"] = d["adults"] + d["children"].fillna(0) + d["babies"]
    d["adr_per_guest"] = d["adr"] / d["guests"].clip(lower=1)
    d["lead_x_deposit"] = d["lead_time"] * (d["deposit_type"] != "No Deposit")

df = df.sort_values("arrival_date").reset_index(drop=True)
features = [c for c in df.columns if c not in ["booking_id", "arrival_date", TARGET]]

cut = df["arrival_date"].quantile(0.8)
train_df = df[df["arrival_date"] < cut]
test_df = df[df["arrival_date"] >= cut]

train_pool = Pool(train_df[features], train_df[TARGET], cat_features=CAT_COLS)
test_pool = Pool(test_df[features], test_df[TARGET], cat_features=CAT_COLS)

selector = CatBoostClassifier(iterations=600, learning_rate=0.08, depth=6, has_time=True, random_seed=0, verbose=False)
summary = selector.select_features(
    train_pool,
    eval_set=test_pool,
    features_for_select=features,
    num_features_to_select=15,
    steps=4,
    algorithm=EFeaturesSelectionAlgorithm.RecursiveByLossFunctionChange,
    shap_calc_type=EShapCalcType.Regular,
    train_final_model=False,
    logging_level="Silent",
)
selected = summary["selected_features_names"]
print("selected:", selected)
print("eliminated:", summary["eliminated_features_names"])

sel_cats = [c for c in CAT_COLS if c in selected]
model = CatBoostClassifier(iterations=1500, learning_rate=0.05, depth=7, has_time=True, random_seed=0, verbose=300)
model.fit(Pool(train_df[selected], train_df[TARGET], cat_features=sel_cats))

p = model.predict_proba(Pool(test_df[selected], cat_features=sel_cats))[:, 1]
print(f"test AUC {roc_auc_score(test_df[TARGET], p):.4f}  F1 {f1_score(test_df[TARGET], p > 0.5):.4f}")

pred = model.predict_proba(Pool(test[selected], cat_features=sel_cats))[:, 1]
pd.DataFrame({"booking_id": test["booking_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
