"""Product categorisation for a marketplace catalogue.

Predict `category_code` for a listing from its title, description, brand
and a few numeric attributes.  Everything goes through one ColumnTransformer
so the same object can be pickled and used by the listing service.
"""
import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, top_k_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 2024

catalogue = pd.read_csv("products.csv")
print(catalogue.shape)
print(catalogue.dtypes)
print(catalogue.isna().mean().sort_values(ascending=False).head(10))

catalogue["title"] = catalogue["title"].fillna("").str.lower()
catalogue["description"] = catalogue["description"].fillna("").str.lower()
catalogue["brand"] = catalogue["brand"].fillna("unbranded")
catalogue["desc_len"] = catalogue["description"].str.split().str.len()

# category_name is only the human readable form of category_code
X = catalogue.drop(columns=["product_id", "category_name"])
y = catalogue["category_code"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=SEED, stratify=y)

numeric = ["price", "weight_g", "n_images", "desc_len"]

preprocessor = ColumnTransformer(
    transformers=[
        ("title", TfidfVectorizer(ngram_range=(1, 2), min_df=2), "title"),
        ("desc", TfidfVectorizer(max_features=20000, min_df=3,
                                 stop_words="english"), "description"),
        ("brand", OneHotEncoder(handle_unknown="ignore", min_frequency=5), ["brand"]),
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    ],
    remainder="passthrough",
)

model = Pipeline([
    ("features", preprocessor),
    ("clf", LogisticRegression(max_iter=2000, C=4.0)),
])
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)
pred = model.classes_[proba.argmax(axis=1)]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior baseline   acc=%.4f  macroF1=%.4f" % (
    accuracy_score(y_test, dummy.predict(X_test)),
    f1_score(y_test, dummy.predict(X_test), average="macro")))
print("tfidf + logreg   acc=%.4f  macroF1=%.4f  top3=%.4f" % (
    accuracy_score(y_test, pred),
    f1_score(y_test, pred, average="macro"),
    top_k_accuracy_score(y_test, proba, k=3, labels=model.classes_)))

# per-category accuracy, worst first
report = (pd.DataFrame({"true": y_test.values, "ok": pred == y_test.values})
          .groupby("true")["ok"].agg(["mean", "size"])
          .sort_values("mean"))
print(report.head(15))

joblib.dump(model, "category_model.joblib")
