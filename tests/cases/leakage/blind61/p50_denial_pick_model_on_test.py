import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
providers = pd.read_csv("providers.csv")
payers = pd.read_csv("payers.csv")


def prep(df):
    df = df.merge(providers, on="provider_id", how="left").merge(payers, on="payer_id", how="left")
    df["icd_chapter"] = df.icd10_code.str[0]
    df["cpt_family"] = df.cpt_code.astype(str).str[:3]
    df["log_billed"] = np.log1p(df.billed_amount)
    return df


df = prep(claims)
test_df = prep(test)

num = ["member_age", "log_billed", "units", "n_lines", "days_to_submit", "prior_auth"]
cat = ["payer_type", "place_of_service", "specialty", "network_status", "provider_type",
       "member_sex", "icd_chapter", "cpt_family"]
X, y = df[num + cat], df.denied

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=8)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat),
])

candidates = {
    "logistic_C0.1": LogisticRegression(C=0.1, max_iter=3000),
    "logistic_C1": LogisticRegression(C=1.0, max_iter=3000),
    "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=8),
    "hist_gb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=8),
    "knn_25": KNeighborsClassifier(n_neighbors=25),
}

scores = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", pre), ("clf", est)])
    if name == "hist_gb":
        pipe.set_params(pre__cat__sparse_output=False)
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    scores[name] = (roc_auc_score(y_test, p), average_precision_score(y_test, p))
    print(f"{name:15s} AUC={scores[name][0]:.4f}  AP={scores[name][1]:.4f}")

winner = max(scores, key=lambda k: scores[k][0])
print(f"\nselected: {winner}  (test AUC {scores[winner][0]:.4f}, AP {scores[winner][1]:.4f})")

final = Pipeline([("pre", pre), ("clf", candidates[winner])])
if winner == "hist_gb":
    final.set_params(pre__cat__sparse_output=False)
final.fit(X, y)
test_df["prediction"] = final.predict_proba(test_df[num + cat])[:, 1]
test_df[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
