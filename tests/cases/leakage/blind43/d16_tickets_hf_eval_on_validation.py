"""Ticket urgency: fine-tune DistilRoBERTa on subject + body (Hugging Face Trainer).

Target `is_urgent`. Tickets are grouped by `customer_id`, so held-out rows come from
customers never seen in training (GroupShuffleSplit). Metrics: ROC AUC and F1;
baseline: DummyClassifier(strategy="prior").
"""
import numpy as np
import pandas as pd
from datasets import Dataset
from scipy.special import softmax
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, EarlyStoppingCallback,
                          Trainer, TrainingArguments)

CHECKPOINT = "distilroberta-base"
tickets = pd.read_csv("train.csv")
tickets["text"] = tickets["subject"].fillna("") + " </s> " + tickets["body"].fillna("")
tickets["label"] = tickets["is_urgent"].astype(int)

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
train_idx, test_idx = next(outer.split(tickets, groups=tickets["customer_id"]))
train_df, test_df = tickets.iloc[train_idx], tickets.iloc[test_idx]
inner = GroupShuffleSplit(n_splits=1, test_size=0.15, random_state=6)
fit_idx, val_idx = next(inner.split(train_df, groups=train_df["customer_id"]))
fit_df, val_df = train_df.iloc[fit_idx], train_df.iloc[val_idx]

tokenizer = AutoTokenizer.from_pretrained(CHECKPOINT)


def to_dataset(frame):
    ds = Dataset.from_pandas(frame[["text", "label"]], preserve_index=False)
    return ds.map(lambda b: tokenizer(b["text"], truncation=True, max_length=256), batched=True)


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    prob = softmax(logits, axis=-1)[:, 1]
    return {"roc_auc": roc_auc_score(labels, prob), "f1": f1_score(labels, prob >= 0.5)}


train_ds, val_ds, test_ds = to_dataset(fit_df), to_dataset(val_df), to_dataset(test_df)

args = TrainingArguments(
    output_dir="ckpt_urgency",
    eval_strategy="epoch",
    save_strategy="epoch",
    num_train_epochs=6,
    learning_rate=2e-5,
    per_device_train_batch_size=16,
    per_device_eval_batch_size=64,
    load_best_model_at_end=True,
    metric_for_best_model="roc_auc",
    greater_is_better=True,
    save_total_limit=2,
    report_to=[],
)
trainer = Trainer(
    model=AutoModelForSequenceClassification.from_pretrained(CHECKPOINT, num_labels=2),
    args=args,
    train_dataset=train_ds,
    eval_dataset=val_ds,
    tokenizer=tokenizer,
    compute_metrics=compute_metrics,
    callbacks=[EarlyStoppingCallback(early_stopping_patience=2)],
)
trainer.train()

test_metrics = trainer.evaluate(test_ds, metric_key_prefix="test")
print("DistilRoBERTa:", {k: round(v, 4) for k, v in test_metrics.items() if k in ("test_roc_auc", "test_f1")})

prior = DummyClassifier(strategy="prior").fit(fit_df[["text"]], fit_df["label"])
prior_prob = prior.predict_proba(test_df[["text"]])[:, 1]
print("prior baseline ROC AUC:", roc_auc_score(test_df["label"], prior_prob),
      "F1:", f1_score(test_df["label"], prior_prob >= 0.5))
