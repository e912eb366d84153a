"""Predict whether a listing sells above its asking price (LightGBM)."""
import lightgbm as lgb
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
print(df.shape)
print("share sold over ask:", round(df["sold_over_ask"].mean(), 3))
print(df.groupby("sold_over_ask")[["num_offers", "days_on_market", "listing_photos"]].median())

# market heat signals
df["ask_ppsf"] = df["asking_price"] / df["sqft"]
df["offers_per_week"] = df["num_offers"] / (df["days_on_market"] / 7).clip(lower=1)
df["quick_sale"] = (df["days_on_market"] <= 10).astype(int)

features = ["asking_price", "ask_ppsf", "sqft", "bedrooms", "bathrooms", "year_built",
            "listing_photos", "agent_experience_yrs", "month_listed", "has_open_house",
            "school_rating", "latitude", "longitude", "num_offers", "days_on_market",
            "offers_per_week", "quick_sale"]

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["sold_over_ask"], test_size=0.2, stratify=df["sold_over_ask"], random_state=3)

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                           scale_pos_weight=7.0, random_state=3, verbose=-1)
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
print(f"ROC-AUC           : {roc_auc_score(y_test, proba):.3f}")
print(f"average precision : {average_precision_score(y_test, proba):.3f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(8).round(0).to_string())

# refit on all labelled listings and score the test file
test = pd.read_csv("test.csv")
test["ask_ppsf"] = test["asking_price"] / test["sqft"]
test["offers_per_week"] = test["num_offers"] / (test["days_on_market"] / 7).clip(lower=1)
test["quick_sale"] = (test["days_on_market"] <= 10).astype(int)
model.fit(df[features], df["sold_over_ask"])
pd.DataFrame({"listing_id": test["listing_id"], "prediction": model.predict_proba(test[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
