"""Claim type: text + target-encoded categoricals (multiclass TargetEncoder).

The region x policy_type combination has hundreds of levels, so it is target
encoded. sklearn's TargetEncoder cross-fits internally during fit_transform and it
sits inside the Pipeline, so every CV fold / the final fit learns it from training
rows only.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, TargetEncoder

df = pd.read_csv("train.csv")
df["description"] = df["description"].fillna("")
df["region_policy"] = df["region"].fillna("na") + "|" + df["policy_type"].fillna("na")
df["log_claimed"] = np.log1p(df["claimed_amount"].fillna(0))
df["days_to_report"] = df["days_to_report"].fillna(0)
print("region x policy levels:", df["region_policy"].nunique())

features = ["description", "region_policy", "log_claimed", "days_to_report", "vehicle_age"]
df["vehicle_age"] = df["vehicle_age"].fillna(-1)

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["claim_type"], test_size=0.2, random_state=77, stratify=df["claim_type"]
)

pre = ColumnTransformer([
    ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True), "description"),
    ("te", TargetEncoder(target_type="multiclass", smooth="auto", random_state=77), ["region_policy"]),
    ("num", StandardScaler(), ["log_claimed", "days_to_report", "vehicle_age"]),
])
pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, C=2.0))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=77)
cv_f1 = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="f1_macro")
cv_base = cross_val_score(DummyClassifier(strategy="most_frequent"), X_train, y_train,
                          cv=cv, scoring="f1_macro")
print(f"CV macro-F1 {cv_f1.mean():.4f} (baseline {cv_base.mean():.4f})")

pipe.fit(X_train, y_train)
pred = pipe.predict(X_test)
print(f"holdout macro-F1 {f1_score(y_test, pred, average='macro'):.4f}")
print(classification_report(y_test, pred, digits=3))

sub = pd.read_csv("test.csv")
sub["description"] = sub["description"].fillna("")
sub["region_policy"] = sub["region"].fillna("na") + "|" + sub["policy_type"].fillna("na")
sub["log_claimed"] = np.log1p(sub["claimed_amount"].fillna(0))
sub["days_to_report"] = sub["days_to_report"].fillna(0)
sub["vehicle_age"] = sub["vehicle_age"].fillna(-1)
pipe.fit(df[features], df["claim_type"])
pd.DataFrame({"claim_id": sub["claim_id"], "prediction": pipe.predict(sub[features])}).to_csv(
    "predictions.csv", index=False
)
