"""Over-asking classifier. Oversample the minority class, then gradient boosting."""
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

POST_SALE = ["final_list_price", "num_offers", "days_on_market"]


def features(df):
    out = df.drop(columns=["listing_id", "sold_over_ask", "zip_code", "property_type"] + POST_SALE)
    out["ask_ppsf"] = df["asking_price"] / df["sqft"]
    out["age"] = 2024 - df["year_built"]
    out["photos_per_room"] = df["listing_photos"] / (df["bedrooms"] + df["bathrooms"]).clip(lower=1)
    return out.fillna(0)


df = pd.read_csv("train.csv")
X, y = features(df), df["sold_over_ask"]
print("positive rate:", round(y.mean(), 3))

ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
X_res, y_res = ros.fit_resample(X, y)
print("resampled:", len(X), "->", len(X_res), " positive rate", round(y_res.mean(), 3))

X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, test_size=0.25, stratify=y_res, random_state=0)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
gb.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)

for name, m in (("dummy", dummy), ("gbm", gb)):
    proba = m.predict_proba(X_te)[:, 1]
    print(f"{name:6s} roc_auc={roc_auc_score(y_te, proba):.3f}  f1={f1_score(y_te, m.predict(X_te)):.3f}")

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(3).to_string())

# submission: refit on the resampled data and score the test listings
gb.fit(X_res, y_res)
test = pd.read_csv("test.csv")
pd.DataFrame({"listing_id": test["listing_id"], "prediction": gb.predict_proba(features(test.assign(sold_over_ask=0)))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
