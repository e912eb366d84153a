"""Passenger survival (Titanic-style CSV) with polars preprocessing and an sklearn pipeline."""
import polars as pl
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TITLES = {"Mr": "Mr", "Mrs": "Mrs", "Miss": "Miss", "Master": "Master", "Mme": "Mrs", "Mlle": "Miss", "Ms": "Miss"}

passengers = pl.read_csv("data/passengers.csv").with_columns(
    pl.col("Name").str.extract(r",\s*([^\.]+)\.", 1).replace_strict(TITLES, default="Rare").alias("Title"),
    (pl.col("SibSp") + pl.col("Parch") + 1).alias("FamilySize"),
    pl.col("Cabin").is_not_null().cast(pl.Int8).alias("HasCabin"),
    pl.col("Fare").log1p().alias("LogFare"),
    pl.col("Ticket").str.contains(r"^\d+$").cast(pl.Int8).alias("NumericTicket"),
)

NUM = ["Age", "LogFare", "FamilySize", "HasCabin", "NumericTicket", "Pclass"]
CAT = ["Sex", "Embarked", "Title"]

X = passengers.select(NUM + CAT).to_pandas()
y = passengers["Survived"].to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), NUM),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore"))]), CAT),
])
forest = Pipeline([
    ("prep", prep),
    ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=3, random_state=1)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
cv_auc = cross_val_score(forest, X_train, y_train, cv=cv, scoring="roc_auc")
print(f"CV ROC AUC {cv_auc.mean():.3f} +/- {cv_auc.std():.3f}")

forest.fit(X_train, y_train)
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("holdout accuracy  baseline:", round(accuracy_score(y_test, baseline.predict(X_test)), 3))
print("holdout accuracy  forest  :", round(accuracy_score(y_test, forest.predict(X_test)), 3))
print("holdout ROC AUC   forest  :", round(roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1]), 3))

names = forest.named_steps["prep"].get_feature_names_out()
ranked = sorted(zip(names, forest.named_steps["rf"].feature_importances_), key=lambda t: -t[1])
for name, imp in ranked[:10]:
    print(f"{name:28s} {imp:.3f}")
