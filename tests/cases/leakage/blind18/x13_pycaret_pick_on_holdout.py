"""Customer churn (bank) with PyCaret: shortlist three models by CV, then keep the
one that does best on our own holdout."""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score
from pycaret.classification import setup, compare_models, predict_model, finalize_model, save_model

df = pd.read_csv("Churn_Modelling.csv")
df = df.drop(columns=["RowNumber", "CustomerId", "Surname"])
print(df["Exited"].mean())

train, holdout = train_test_split(df, test_size=0.2, stratify=df["Exited"], random_state=42)

setup(
    data=train,
    target="Exited",
    test_data=holdout,
    categorical_features=["Geography", "Gender"],
    normalize=True,
    session_id=42,
    verbose=False,
)

top3 = compare_models(include=["lr", "knn", "rf", "et", "lightgbm", "catboost"], n_select=3, sort="AUC")

scores = {}
for m in top3:
    p = predict_model(m, data=holdout, raw_score=True)
    auc = roc_auc_score(p["Exited"], p["prediction_score_1"])
    f1 = f1_score(p["Exited"], p["prediction_label"])
    name = type(m).__name__
    scores[name] = (auc, m)
    print(f"{name:30s} holdout AUC={auc:.4f} F1={f1:.4f}")

best_name = max(scores, key=lambda k: scores[k][0])
best_auc, best_model = scores[best_name]
print(f"\nwinner: {best_name} (holdout AUC {best_auc:.4f})")

final = finalize_model(best_model)
save_model(final, f"churn_{best_name.lower()}")
