"""Churn model with SMOTE inside an imbalanced-learn pipeline.

SMOTE only ever runs inside pipeline.fit, i.e. on training rows; the validation
rows keep their natural ~5% churn rate.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, f1_score, precision_score, recall_score,
                             roc_auc_score)
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures", "ticket_rate"]
CAT = ["plan"]
SEED = 31


def build(df):
    df = df.copy()
    df["ticket_rate"] = df["support_tickets"] / np.maximum(df["tenure_months"], 1)
    return df


def split_customers_then_time(df, share=0.25, cutoff="2024-07"):
    ids = df["customer_id"].drop_duplicates().sample(frac=1.0, random_state=SEED).tolist()
    held = set(ids[: int(share * len(ids))])
    month = df["snapshot_month"].astype(str).str[:7]
    return (df[~df["customer_id"].isin(held) & (month < cutoff)],
            df[df["customer_id"].isin(held) & (month >= cutoff)])


def scores(y, p, thr=0.5):
    yhat = (p >= thr).astype(int)
    return {"auc": roc_auc_score(y, p), "ap": average_precision_score(y, p),
            "precision": precision_score(y, yhat, zero_division=0), "recall": recall_score(y, yhat),
            "f1": f1_score(y, yhat)}


def smote_pipeline(clf):
    pre = ColumnTransformer([("num", StandardScaler(), NUM),
                             ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)])
    return ImbPipeline([("pre", pre), ("smote", SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=SEED)),
                        ("clf", clf)])


raw = build(pd.read_csv("train.csv"))
test = build(pd.read_csv("test.csv"))
fit_rows, val_rows = split_customers_then_time(raw)
X_fit, y_fit = fit_rows[NUM + CAT], fit_rows[TARGET]
X_val, y_val = val_rows[NUM + CAT], val_rows[TARGET]
print("fit", y_fit.value_counts().to_dict(), "| val", y_val.value_counts().to_dict())

candidates = {
    "dummy (prior)": DummyClassifier(strategy="prior"),
    "smote + logreg": smote_pipeline(LogisticRegression(max_iter=2000, C=0.5)),
    "smote + forest": smote_pipeline(RandomForestClassifier(n_estimators=400, min_samples_leaf=10,
                                                            n_jobs=-1, random_state=SEED)),
}

table = {}
for name, model in candidates.items():
    model.fit(X_fit if "dummy" not in name else X_fit[NUM], y_fit)
    p = model.predict_proba(X_val if "dummy" not in name else X_val[NUM])[:, 1]
    table[name] = scores(y_val, p)
print(pd.DataFrame(table).T.round(4))

# what SMOTE does to the class balance inside the pipeline
pipe = candidates["smote + forest"]
Xt = pipe.named_steps["pre"].transform(X_fit)
_, y_res = pipe.named_steps["smote"].fit_resample(Xt, y_fit)
print("inside the pipeline the forest trained on:", pd.Series(y_res).value_counts().to_dict())

forest = pipe.named_steps["clf"]
names = NUM + list(pipe.named_steps["pre"].named_transformers_["cat"].get_feature_names_out(CAT))
print(pd.Series(forest.feature_importances_, index=names).sort_values(ascending=False).round(4))

# submission: the forest pipeline refit on all labelled rows
final = smote_pipeline(RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=SEED))
final.fit(raw[NUM + CAT], raw[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
