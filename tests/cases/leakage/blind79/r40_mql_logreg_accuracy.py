import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

# MQL -> SQL (30 day) classifier
# ------------------------------------------------------------------
df = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")

target = "sql_within_30d"
skip = ["contact_id", "sdr_disposition", "meeting_held", target]

categorical = [c for c in df.columns if df[c].dtype == object and c not in skip]
numeric = [c for c in df.columns if c not in categorical + skip]
print("categorical:", categorical)
print("numeric:", numeric)

X_train, X_test, y_train, y_test = train_test_split(
    df[categorical + numeric], df[target], test_size=0.25, random_state=8, stratify=df[target])

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), categorical),
)
clf = make_pipeline(prep, LogisticRegression(max_iter=2000, C=1.0))
clf.fit(X_train, y_train)

train_acc = accuracy_score(y_train, clf.predict(X_train))
test_acc = accuracy_score(y_test, clf.predict(X_test))
print(f"train accuracy: {train_acc:.4f}")
print(f"test accuracy:  {test_acc:.4f}")

# which touches matter
ohe_names = clf[0].named_transformers_["pipeline-2"][-1].get_feature_names_out(categorical)
names = list(numeric) + list(ohe_names)
coef = pd.Series(clf[-1].coef_[0], index=names)
print("\nstrongest positive signals:")
print(coef.sort_values(ascending=False).head(10).round(3))
print("\nstrongest negative signals:")
print(coef.sort_values().head(10).round(3))

clf.fit(df[categorical + numeric], df[target])
holdout["prediction"] = clf.predict_proba(holdout[categorical + numeric])[:, 1]
holdout[["contact_id", "prediction"]].to_csv("predictions.csv", index=False)
