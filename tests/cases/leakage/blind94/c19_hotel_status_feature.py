import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import accuracy_score

TARGET = "is_canceled"
DATE_COLS = ["arrival_date", "reservation_status_date"]

train = pd.read_csv("train.csv", parse_dates=DATE_COLS)
test = pd.read_csv("test.csv", parse_dates=DATE_COLS)

# categorical columns = every object column
cat_cols = [c for c in train.columns if train[c].dtype == object]
for d in (train, test):
    for c in cat_cols:
        if c in d:
            d[c] = d[c].fillna("NA").astype(str)
    d["arrival_month"] = d["arrival_date"].dt.month
    d["arrival_year"] = d["arrival_date"].dt.year
    d["total_nights"] = d["stays_in_weekend_nights"] + d["stays_in_week_nights"]
    d["is_family"] = ((d["children"].fillna(0) > 0) | (d["babies"] > 0)).astype(int)

print("categorical:", cat_cols)

# last six months of arrivals are the validation period
train = train.sort_values("arrival_date")
cutoff = train["arrival_date"].max() - pd.DateOffset(months=6)
tr = train[train["arrival_date"] <= cutoff]
va = train[train["arrival_date"] > cutoff]

features = [c for c in train.columns if c not in ["booking_id", TARGET] + DATE_COLS]
train_pool = Pool(tr[features], tr[TARGET], cat_features=cat_cols)
valid_pool = Pool(va[features], va[TARGET], cat_features=cat_cols)

model = CatBoostClassifier(
    iterations=800,
    learning_rate=0.08,
    depth=6,
    has_time=True,
    random_seed=7,
    verbose=200,
)
model.fit(train_pool)

pred = model.predict(valid_pool)
print(f"validation accuracy ({va['arrival_date'].min().date()} .. {va['arrival_date'].max().date()}): "
      f"{accuracy_score(va[TARGET], pred):.4f}")

print(model.get_feature_importance(prettified=True).head(10))

final_pred = model.predict_proba(Pool(test[features], cat_features=cat_cols))[:, 1]
pd.DataFrame({"booking_id": test["booking_id"], "prediction": final_pred}).to_csv("predictions.csv", index=False)
