import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

# ---------------------------------------------------------------- data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "| test", test.shape)
print(train.head())
print(train["is_fraud"].value_counts(normalize=True))


def engineer(df):
    out = pd.get_dummies(
        df[["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d",
            "distance_from_home_km", "device_new", "merchant_category"]],
        columns=["merchant_category"], dtype=int,
    )
    out["log_amount"] = np.log1p(df["amount"])
    out["amount_ratio"] = df["amount"] / (df["avg_amount_30d"] + 1)
    out["night"] = (df["hour"] < 6).astype(int)
    out["risky_combo"] = df["country_mismatch"] * (1 - df["card_present"])
    return out


X = engineer(train)
y = train["is_fraud"]
print("features before selection:", X.shape[1])

# ---------------------------------------------------------------- feature selection
rfe = RFE(ExtraTreesClassifier(n_estimators=200, random_state=0, n_jobs=-1), n_features_to_select=10, step=2)
rfe.fit(X, y)
selected = X.columns[rfe.support_].tolist()
print("selected:", selected)
print(pd.Series(rfe.ranking_, index=X.columns).sort_values().head(20))

# ---------------------------------------------------------------- cv
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["roc_auc", "average_precision"]

dummy_scores = cross_validate(DummyClassifier(strategy="prior"), X[selected], y, cv=cv, scoring=metrics)
print("dummy  auc=%.3f ap=%.3f" % (dummy_scores["test_roc_auc"].mean(),
                                    dummy_scores["test_average_precision"].mean()))

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
scores = cross_validate(model, X[selected], y, cv=cv, scoring=metrics)
print("logreg auc=%.3f (+-%.3f) ap=%.3f (+-%.3f)" % (
    scores["test_roc_auc"].mean(), scores["test_roc_auc"].std(),
    scores["test_average_precision"].mean(), scores["test_average_precision"].std()))

# ---------------------------------------------------------------- submission
model.fit(X[selected], y)
X_test = engineer(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(X_test[selected])[:, 1]}).to_csv("predictions.csv", index=False)
print("ok")
