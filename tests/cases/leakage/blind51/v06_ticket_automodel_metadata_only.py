"""Ticket urgency take-home.

Mean-pooled MiniLM embeddings (plain transformers, no sentence-transformers dependency)
plus ticket/account metadata, LightGBM on top. Hold-out is a grouped split on customer.
"""
import numpy as np
import pandas as pd
import torch
import lightgbm as lgb
from transformers import AutoModel, AutoTokenizer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score
from sklearn.model_selection import GroupShuffleSplit

MODEL_NAME = "sentence-transformers/all-MiniLM-L12-v2"
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for frame in (tr, te):
        frame["text"] = frame["subject"].fillna("") + " \n " + frame["body"].fillna("")
    return tr, te


@torch.no_grad()
def mean_pooled(texts, batch_size=64):
    tok = AutoTokenizer.from_pretrained(MODEL_NAME)
    enc_model = AutoModel.from_pretrained(MODEL_NAME).to(DEVICE).eval()
    chunks = []
    for start in range(0, len(texts), batch_size):
        batch = tok(texts[start:start + batch_size], padding=True, truncation=True,
                    max_length=256, return_tensors="pt").to(DEVICE)
        hidden = enc_model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        chunks.append(torch.nn.functional.normalize(pooled, dim=1).cpu().numpy())
    return np.vstack(chunks)


def metadata(frame):
    cols = pd.DataFrame(index=frame.index)
    cols["account_age_days"] = frame["account_age_days"].fillna(0)
    cols["prior_tickets_90d"] = frame["prior_tickets_90d"].fillna(0)
    cols["attachments"] = frame["attachments"].fillna(0)
    # response time / escalation are only known after triage, so they stay out
    cols["channel"] = frame["channel"].astype("category")
    cols["plan_tier"] = frame["plan_tier"].astype("category")
    return cols


def features(frame, emb):
    emb_df = pd.DataFrame(emb, index=frame.index, columns=[f"e{i}" for i in range(emb.shape[1])])
    return pd.concat([metadata(frame), emb_df], axis=1)


def main():
    train, test = load()
    print(train.shape, "urgent share:", round(train["is_urgent"].mean(), 3))
    print(train[["account_age_days", "prior_tickets_90d", "attachments"]].describe().T)

    X = features(train, mean_pooled(train["text"].tolist()))
    y = train["is_urgent"].to_numpy()

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
    tr_idx, va_idx = next(gss.split(X, y, groups=train["customer_id"]))
    X_tr, X_va, y_tr, y_va = X.iloc[tr_idx], X.iloc[va_idx], y[tr_idx], y[va_idx]

    params = dict(n_estimators=600, learning_rate=0.03, num_leaves=63, min_child_samples=30,
                  colsample_bytree=0.5, reg_lambda=1.0, random_state=42, verbose=-1)
    model = lgb.LGBMClassifier(**params).fit(X_tr, y_tr)
    p_va = model.predict_proba(X_va)[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_dummy = dummy.predict_proba(X_va)[:, 1]

    print(f"LightGBM   ROC-AUC {roc_auc_score(y_va, p_va):.3f}  PR-AUC {average_precision_score(y_va, p_va):.3f}"
          f"  F1@0.5 {f1_score(y_va, p_va > 0.5):.3f}")
    print(f"Prior      ROC-AUC {roc_auc_score(y_va, p_dummy):.3f}  PR-AUC {average_precision_score(y_va, p_dummy):.3f}")

    imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
    print(imp.head(15))

    final = lgb.LGBMClassifier(**params).fit(X, y)
    X_test = features(test, mean_pooled(test["text"].tolist()))
    pd.DataFrame({"ticket_id": test["ticket_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
