import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "readmitted_30d"
NUM = ["age", "length_of_stay", "num_medications", "num_diagnoses", "num_procedures",
       "hba1c", "creatinine"]
CAT = ["department", "discharge_disposition", "sex"]

stays = pd.read_csv("train.csv", parse_dates=["admit_date"])
stays["discharge_note"] = stays["discharge_note"].fillna("")
stays["weekend_admit"] = stays["admit_date"].dt.dayofweek.isin([5, 6]).astype(int)
stays["admit_month"] = stays["admit_date"].dt.month
NUM += ["weekend_admit", "admit_month", "emergency_admit"]

# patients must not appear in both parts
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=31)
train_idx, test_idx = next(splitter.split(stays, stays[TARGET], groups=stays["patient_id"]))
train, test = stays.iloc[train_idx], stays.iloc[test_idx]
assert not set(train.patient_id) & set(test.patient_id)

model = Pipeline([
    ("cols", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ("note", TfidfVectorizer(min_df=5, max_df=0.7, ngram_range=(1, 2),
                                 sublinear_tf=True, max_features=40000), "discharge_note"),
    ])),
    ("lr", LogisticRegression(C=0.25, class_weight="balanced", max_iter=5000)),
])
model.fit(train, train[TARGET])

p = model.predict_proba(test)[:, 1]
print("test ROC AUC:", round(roc_auc_score(test[TARGET], p), 4))
print("test PR AUC :", round(average_precision_score(test[TARGET], p), 4))
top20 = p >= np.quantile(p, 0.8)
print("recall when flagging top 20%:", round(recall_score(test[TARGET], top20), 3))
