# Hospital readmission prediction
# I worked as a ward nurse for years before moving into analytics, so the features are the
# things we used to worry about at discharge: polypharmacy, long stays, going home alone.

import pandas as pd
import numpy as np
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score, recall_score

df = pd.read_csv("train.csv")
df["admit_date"] = pd.to_datetime(df["admit_date"])
df["discharge_date"] = pd.to_datetime(df["discharge_date"])

print("rows:", len(df))
print("patients:", df["patient_id"].nunique())
print("stays per patient:", round(len(df) / df["patient_id"].nunique(), 2))

# ---- nursing-style risk flags
df["polypharmacy"] = (df["n_medications"] >= 10).astype(int)
df["long_stay"] = (df["length_of_stay"] > 7).astype(int)
df["elderly"] = (df["age"] >= 75).astype(int)
df["sent_home"] = df["discharge_to"].isin(["home", "home_self_care"]).astype(int)
df["frequent_ed"] = (df["prior_ed_visits_12m"].fillna(0) >= 3).astype(int)
df["complex"] = ((df["n_diagnoses"] >= 8) & (df["n_procedures"] >= 2)).astype(int)

numeric = ["age", "length_of_stay", "n_medications", "n_diagnoses", "n_procedures",
           "n_lab_tests", "prior_ed_visits_12m", "polypharmacy", "long_stay",
           "elderly", "sent_home", "frequent_ed", "complex"]
categorical = ["admission_type", "admission_source", "insurance", "primary_dx_group"]

# ---- split: older discharges for training, the last six months for testing.
# Patients who already appear in the training period are removed from the test period.
cutoff = pd.Timestamp("2021-07-01")
train_df = df[df["discharge_date"] < cutoff]
rest = df[df["discharge_date"] >= cutoff]
flag = rest.merge(train_df[["patient_id"]].drop_duplicates(), on="patient_id",
                  how="left", indicator=True)["_merge"].values
test_df = rest[flag == "left_only"]
print("train:", train_df.shape, "test:", test_df.shape)

X_train = train_df[numeric + categorical]
y_train = train_df["readmitted_30d"]
X_test = test_df[numeric + categorical]
y_test = test_df["readmitted_30d"]

prep = make_column_transformer(
    (SimpleImputer(strategy="median"), numeric),
    (make_pipeline(SimpleImputer(strategy="most_frequent"),
                   OneHotEncoder(handle_unknown="ignore")), categorical),
)
model = make_pipeline(
    prep,
    GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                               subsample=0.8, random_state=3),
)
model.fit(X_train, y_train)

# only ~12% of stays come back, so accuracy alone would flatter a model that says "no" to everyone;
# compare against exactly that model and look at ranking metrics too
majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)

rows = []
for name, m in [("majority class", majority), ("prior", prior), ("gradient boosting", model)]:
    proba = m.predict_proba(X_test)[:, 1]
    hard = (proba >= 0.2).astype(int) if name == "gradient boosting" else m.predict(X_test)
    rows.append({
        "model": name,
        "accuracy": accuracy_score(y_test, m.predict(X_test)),
        "roc_auc": roc_auc_score(y_test, proba),
        "avg_precision": average_precision_score(y_test, proba),
        "recall@0.2": recall_score(y_test, hard, zero_division=0),
    })
print(pd.DataFrame(rows).round(3).to_string(index=False))

# accuracy by discharge destination, to see where the model struggles
test_df = test_df.assign(pred=model.predict(X_test))
by_dest = test_df.groupby("discharge_to").apply(
    lambda g: pd.Series({"n": len(g), "accuracy": (g["pred"] == g["readmitted_30d"]).mean()}))
print(by_dest.sort_values("n", ascending=False))

# which of my flags matter
gb = model[-1]
names = numeric + list(model[0].named_transformers_["pipeline"][-1].get_feature_names_out(categorical))
imp = pd.Series(gb.feature_importances_, index=names).sort_values(ascending=False)
print(imp.head(15).round(4))
